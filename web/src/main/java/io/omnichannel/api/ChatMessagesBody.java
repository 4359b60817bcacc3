package io.omnichannel.api;

import io.omnichannel.integrations.ChatMessage;
import io.omnichannel.requests.PlainText;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Either one message ({@code author}, {@code authorName}, {@code text}) or a whole {@code transcript}. */
@Schema(description = "One chat message, or a transcript of several in the order they were written.")
record ChatMessagesBody(
    @Schema(allowableValues = {"customer", "agent"}) String author,
    @Schema(example = "Maria Keller") String authorName,
    @Schema(example = "Is there a manual in German?") String text,
    @Schema(description = "When it was written in the chat (ISO 8601 with offset)") OffsetDateTime sentAt,
    @ArraySchema(arraySchema = @Schema(description = "Several messages; then leave the single-message fields out"), maxItems = ChatMessagesBody.MAX_TRANSCRIPT)
        List<Message> transcript) {

  static final int MAX_TRANSCRIPT = 500;
  static final int MAX_TEXT = 4_000;
  static final int MAX_NAME = 100;

  @Schema(name = "ChatMessage")
  record Message(
      @Schema(allowableValues = {"customer", "agent"}, requiredMode = Schema.RequiredMode.REQUIRED) String author,
      @Schema(example = "Lisa from the chat team", requiredMode = Schema.RequiredMode.REQUIRED) String authorName,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
      OffsetDateTime sentAt) {}

  /** The messages to append, in order; what is wrong goes into {@code errors}, keyed by field path. */
  List<ChatMessage> messages(Map<String, String> errors) {
    boolean single = author != null || authorName != null || text != null || sentAt != null;
    if (transcript != null && single) {
      errors.put("transcript", "Send either one message or a transcript, not both.");
      return List.of();
    }
    if (transcript == null) {
      return List.of(check(new Message(author, authorName, text, sentAt), "", errors));
    }
    if (transcript.isEmpty()) {
      errors.put("transcript", "A transcript needs at least one message.");
    } else if (transcript.size() > MAX_TRANSCRIPT) {
      errors.put("transcript", "A transcript has at most " + MAX_TRANSCRIPT + " messages; send longer ones in parts.");
    }
    List<ChatMessage> messages = new ArrayList<>();
    for (int i = 0; i < Math.min(transcript.size(), MAX_TRANSCRIPT); i++) {
      Message message = transcript.get(i);
      String prefix = "transcript[" + i + "].";
      if (message == null) {
        errors.put("transcript[" + i + "]", "A message is missing.");
      } else {
        messages.add(check(message, prefix, errors));
      }
    }
    return messages;
  }

  private static ChatMessage check(Message message, String prefix, Map<String, String> errors) {
    if (!"customer".equals(message.author()) && !"agent".equals(message.author())) {
      errors.put(prefix + "author", "The author is \"customer\" or \"agent\".");
    }
    if (isBlank(message.authorName())) {
      errors.put(prefix + "authorName", "Please give the author's name as shown in the chat.");
    } else if (!PlainText.isAcceptable(message.authorName())) {
      errors.put(prefix + "authorName", PlainText.CONTROL_CHARACTER);
    } else if (message.authorName().strip().length() > MAX_NAME) {
      errors.put(prefix + "authorName", "An author name has at most " + MAX_NAME + " characters.");
    }
    if (isBlank(message.text())) {
      errors.put(prefix + "text", "A chat message needs a text.");
    } else if (!PlainText.isAcceptable(message.text())) {
      errors.put(prefix + "text", PlainText.CONTROL_CHARACTER);
    } else if (message.text().strip().length() > MAX_TEXT) {
      errors.put(prefix + "text", "A chat message has at most " + MAX_TEXT + " characters.");
    }
    return new ChatMessage(
        "customer".equals(message.author()),
        message.authorName(),
        message.text(),
        message.sentAt() == null ? null : message.sentAt().toInstant());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
