package io.omnichannel.integrations;

import io.omnichannel.platform.CustomerWording;
import io.omnichannel.requests.RequestTimeline;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts what was said in a chat into the request's timeline. Every message is customer-visible:
 * the customer took part in the chat and saw each message, and her status page should keep what
 * she was told next to her request.
 */
@Service
public class ChatTimeline {

  static final String KIND = "CHAT_MESSAGE";

  private final RequestTimeline timeline;
  private final CustomerWording wording;

  ChatTimeline(RequestTimeline timeline, CustomerWording wording) {
    this.timeline = timeline;
    this.wording = wording;
  }

  /** Appends the messages in the given order, in the caller's transaction. */
  @Transactional
  public void append(UUID requestId, List<ChatMessage> messages) {
    for (ChatMessage message : messages) {
      timeline.record(requestId, KIND, summary(message), true, actor(message));
    }
  }

  private String summary(ChatMessage message) {
    String who = message.authorName().strip() + (message.fromCustomer() ? " (customer)" : " (chat team)");
    String when = message.sentAt() == null ? "" : ", " + wording.dayAndTime(message.sentAt());
    return "Chat — " + who + when + ": " + message.text().strip();
  }

  private static String actor(ChatMessage message) {
    if (message.fromCustomer()) {
      return "customer";
    }
    String actor = "chat:" + message.authorName().strip();
    return actor.length() > 100 ? actor.substring(0, 100) : actor;
  }
}
