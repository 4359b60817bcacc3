package io.omnichannel.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.requests.TrackedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChatTimelineTest extends ServiceCoreTest {

  @Autowired ChatTimeline chat;
  @Autowired RequestTracking tracking;

  @Test
  void aChatTranscriptLandsInTheTimelineInOrderAndTheCustomerSeesIt() {
    SubmittedRequest request =
        submit("manual", manualRequest("Maria Keller", "maria+" + System.nanoTime() + "@example.com", null, null, "KM-5500", null));

    chat.append(
        request.id(),
        List.of(
            new ChatMessage(true, "Maria Keller", "Is there a manual in German?", Instant.parse("2026-01-07T18:30:00Z")),
            new ChatMessage(false, "Lisa", "Yes, I have added your question to request " + request.reference() + ".", null)));

    TrackedRequest seen = tracking.findByTrackingToken(request.trackingToken()).orElseThrow();
    assertThat(seen.events())
        .extracting(TrackedRequest.Event::kind)
        .containsExactly("RECEIVED", "CHAT_MESSAGE", "CHAT_MESSAGE");
    assertThat(seen.events().get(1).summary())
        .isEqualTo("Chat — Maria Keller (customer), Wednesday 7 January, 19:30: Is there a manual in German?");
    assertThat(seen.events().get(2).summary()).startsWith("Chat — Lisa (chat team): Yes, I have added");
    assertThat(tracking.findById(request.id()).orElseThrow().events())
        .extracting(TimelineEntry::actor)
        .containsExactly("customer", "customer", "chat:Lisa");
  }
}
