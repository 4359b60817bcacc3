package io.omnichannel.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.notifications.MailDispatcher;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.processes.SharedModel;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.requests.TrackedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A request is answered when its answer's mail is delivered, not when the mail is queued; colleagues' mails stay internal. */
class AnswerDeliveriesTest extends ServiceCoreTest {

  @Autowired CustomerConversation conversation;
  @Autowired RequestTracking tracking;
  @Autowired MailDispatcher mails;
  @Autowired MailOutbox outbox;
  @Autowired JdbcClient jdbc;

  @Test
  void theAnswerCountsOnceItsMailIsDelivered_andTheJourneyIsToldOnce() {
    mails.sendDue(Instant.now()); // what other tests left pending goes out first
    SubmittedRequest request = submit("manual", manualRequest(unique() + "@example.com", "KM-5500"));

    conversation.sendAnswer(request.id(), "We could not find your purchase; please send the receipt.");

    assertThat(tracking.findById(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.DELIVERING_ANSWER);
    assertThat(deliveryMessages(request)).isZero();

    mails.sendDue(Instant.now());
    mails.sendDue(Instant.now());

    var details = tracking.findById(request.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.RESOLVED);
    assertThat(details.resolution()).isEqualTo("We could not find your purchase; please send the receipt.");
    assertThat(details.events()).extracting(TimelineEntry::kind).containsOnlyOnce("ANSWER_DELIVERED");
    assertThat(deliveryMessages(request)).as("one AnswerDelivered for the journey, correlated by reference").isOne();
  }

  @Test
  void aColleaguesMailAboutTheRequestIsNotShownToTheCustomer() {
    mails.sendDue(Instant.now());
    SubmittedRequest request = submit("manual", manualRequest(unique() + "@example.com", "KM-5500"));
    outbox.enqueue(OutboundMail.toStaff("test-staff:" + request.id(), request.id(), "lead@shop.example", "Overdue: " + request.reference(), "Please look."));

    mails.sendDue(Instant.now());

    TrackedRequest seenByCustomer = tracking.findByTrackingToken(request.trackingToken()).orElseThrow();
    assertThat(seenByCustomer.events()).extracting(TrackedRequest.Event::summary).noneMatch(summary -> summary.contains("Overdue"));
    assertThat(tracking.findById(request.id()).orElseThrow().events())
        .extracting(TimelineEntry::summary)
        .contains("Internal mail sent to lead@shop.example: Overdue: " + request.reference());
  }

  private long deliveryMessages(SubmittedRequest request) {
    return jdbc.sql("SELECT count(*) FROM process_outbox WHERE request_id = :id AND message_name = :name AND correlation_key = :reference")
        .param("id", request.id())
        .param("name", SharedModel.ANSWER_DELIVERED_MESSAGE)
        .param("reference", request.reference())
        .query(Long.class)
        .single();
  }
}
