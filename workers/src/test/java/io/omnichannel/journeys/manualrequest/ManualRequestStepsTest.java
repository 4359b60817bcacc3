package io.omnichannel.journeys.manualrequest;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.conversation.AcknowledgeRequestWorker;
import io.omnichannel.conversation.CloseRequestWorker;
import io.omnichannel.conversation.SendAnswerWorker;
import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.documents.StoredDocument;
import io.omnichannel.notifications.JdbcMailOutbox;
import io.omnichannel.notifications.MailDispatcher;
import io.omnichannel.notifications.MailOutboxEntry;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TrackedRequest;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The job workers of journey 1, called as the engine would call them, twice where redelivery matters. */
class ManualRequestStepsTest extends ServiceCoreTest {

  @Autowired RequestTracking tracking;
  @Autowired ManualLibrary library;
  @Autowired JdbcMailOutbox outbox;
  @Autowired MailDispatcher mailDispatcher;
  @Autowired AcknowledgeRequestWorker acknowledgeWorker;
  @Autowired SendManualWorker sendManualWorker;
  @Autowired SendAnswerWorker sendAnswerWorker;
  @Autowired CloseRequestWorker closeWorker;
  @Autowired CustomerWording wording;

  @Test
  void acknowledgementTellsReferenceExpectedTimeAndTrackingLinkOnce() {
    String email = "ack-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, "KM-5500"));

    acknowledgeWorker.acknowledge(request.id().toString());
    acknowledgeWorker.acknowledge(request.id().toString());
    mailDispatcher.sendDue(Instant.now());

    List<ImapMailbox.ReceivedMail> mails = mailbox(email).messages();
    assertThat(mails).singleElement().satisfies(
        mail -> {
          assertThat(mail.subject()).contains(request.reference());
          assertThat(mail.from()).contains("service@shop.example");
          assertThat(mail.text())
              .contains(request.reference())
              .contains("by " + wording.dayAndTime(request.expectedBy()))
              .contains("https://shop.example/track/" + request.trackingToken());
        });
    assertThat(wording.dayAndTime(Instant.parse("2025-11-28T16:00:00Z"))).isEqualTo("Friday 28 November, 17:00");
    assertThat(tracking.findById(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.IN_PROGRESS);
  }

  @Test
  void manualSentTwiceArrivesOnceAsReadablePdf() {
    String typeNumber = "KM-" + unique();
    StoredDocument manual =
        library.addManual(typeNumber, "Stand mixer " + typeNumber, "manual-" + typeNumber + ".pdf",
            TestFiles.pdf("Stand mixer " + typeNumber + "\n1 Safety", "2 Operation\nType number " + typeNumber), Instant.now());
    String email = "manual-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, typeNumber));

    sendManualWorker.sendManual(request.id().toString(), manual.id().toString());
    mailDispatcher.sendDue(Instant.now());
    sendManualWorker.sendManual(request.id().toString(), manual.id().toString()); // the job is delivered again
    mailDispatcher.sendDue(Instant.now());

    List<ImapMailbox.ReceivedMail> mails = mailbox(email).messages();
    assertThat(mails).singleElement().satisfies(
        mail -> {
          assertThat(mail.subject()).contains(typeNumber).contains(request.reference());
          assertThat(mail.attachments()).singleElement().satisfies(
              pdf -> {
                assertThat(pdf.fileName()).isEqualTo("manual-" + typeNumber + ".pdf");
                assertThat(pdf.contentType()).startsWithIgnoringCase("application/pdf");
                assertThat(TestFiles.pdfPages(pdf.content())).isEqualTo(2);
                assertThat(TestFiles.pdfText(pdf.content())).contains("Type number " + typeNumber);
              });
        });
    assertThat(outbox.mailsFor(request.id())).extracting(MailOutboxEntry::status).containsExactly("SENT");
    RequestDetails details = tracking.findById(request.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.RESOLVED);
    assertThat(details.events()).filteredOn(e -> e.kind().equals("MANUAL_SENT")).hasSize(1);
    assertThat(tracking.findByTrackingToken(request.trackingToken()).orElseThrow().events())
        .extracting(TrackedRequest.Event::summary)
        .containsExactly(details.events().getFirst().summary(), "We sent you an e-mail: " + mails.getFirst().subject());
  }

  @Test
  void answerIsMailedOnceAndClosingTwiceClosesOnce() {
    String email = "answer-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, "XX-1"));

    sendAnswerWorker.sendAnswer(request.id().toString(), "We have no manual for XX-1; here is how to descale it: ...");
    sendAnswerWorker.sendAnswer(request.id().toString(), "We have no manual for XX-1; here is how to descale it: ...");
    closeWorker.close(request.id().toString());
    closeWorker.close(request.id().toString());
    mailDispatcher.sendDue(Instant.now());

    assertThat(mailbox(email).messages()).singleElement().satisfies(mail -> assertThat(mail.text()).contains("how to descale it"));
    TrackedRequest tracked = tracking.findByTrackingToken(request.trackingToken()).orElseThrow();
    assertThat(tracked.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(tracked.closedAt()).isNotNull();
    assertThat(tracked.events()).extracting(TrackedRequest.Event::kind).containsExactly("RECEIVED", "CLOSED", "MAIL_SENT");
    assertThat(tracking.findById(request.id()).orElseThrow().resolution()).contains("how to descale it");
  }

  private static ImapMailbox mailbox(String address) {
    var greenMail = TestInfrastructure.greenMail();
    return ImapMailbox.autoCreated("127.0.0.1", greenMail.getImap().getPort(), address);
  }
}
