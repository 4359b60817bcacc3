package io.omnichannel.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.notifications.MailDispatcher;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.requests.CustomerMessage;
import io.omnichannel.requests.CustomerMessages;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.requests.TrackedRequest;
import io.omnichannel.requests.UploadedFile;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff ask the customer, remind her once, and her answer from the status page; each step safe to repeat. */
class CustomerQuestionStepsTest extends ServiceCoreTest {

  private static final String QUESTION = "Which colour is the type plate under the bowl?";

  @Autowired CustomerConversation progress;
  @Autowired RequestTracking tracking;
  @Autowired CustomerMessages customerMessages;
  @Autowired MailDispatcher mailDispatcher;
  @Autowired JdbcClient jdbc;

  @Test
  void theQuestionIsMailedOnce_shownOnTheStatusPage_andTheRequestWaitsForTheCustomer() {
    String email = "asked-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, "KM-5500"));

    progress.askCustomer(request.id(), QUESTION, "question:1-" + request.id());
    progress.askCustomer(request.id(), QUESTION, "question:1-" + request.id()); // the job is delivered again
    mailDispatcher.sendDue(Instant.now());

    assertThat(mailbox(email).messages()).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("A question about your request " + request.reference());
      assertThat(mail.text()).contains(QUESTION).contains("https://shop.example/track/" + request.trackingToken());
    });
    assertThat(tracking.findById(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.WAITING_FOR_CUSTOMER);
    assertThat(tracking.openQuestionByTrackingToken(request.trackingToken())).contains(QUESTION);
    assertThat(tracking.findByTrackingToken(request.trackingToken()).orElseThrow().events())
        .filteredOn(e -> e.kind().equals("QUESTION_ASKED"))
        .singleElement()
        .satisfies(e -> assertThat(e.summary()).contains(QUESTION));
  }

  @Test
  void theReminderGoesOutOnce_andNotAtAllOnceSheHasAnswered() {
    String email = "reminded-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, "KM-5500"));
    progress.askCustomer(request.id(), QUESTION, "question:2-" + request.id());

    progress.remindCustomer(request.id(), "reminder:2-" + request.id());
    progress.remindCustomer(request.id(), "reminder:2-" + request.id());
    customerMessages.answerByTrackingToken(request.trackingToken(), answer("It is black."));
    progress.remindCustomer(request.id(), "reminder:3-" + request.id());
    mailDispatcher.sendDue(Instant.now());

    assertThat(mailbox(email).messages()).extracting(ImapMailbox.ReceivedMail::subject)
        .containsExactly(
            "A question about your request " + request.reference(),
            "Reminder: a question about your request " + request.reference());
  }

  @Test
  void anAnswerOnTheStatusPage_withTheDocument_resumesTheProcessOnce() {
    String email = "answer-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, "KM-5500"));
    progress.askCustomer(request.id(), QUESTION, "question:4-" + request.id());

    var first =
        customerMessages.answerByTrackingToken(
            request.trackingToken(),
            new CustomerMessage(
                "form-1", "Silver.", List.of(new UploadedFile("plate.png", "image/png", TestFiles.png())), "form"));
    var second = customerMessages.answerByTrackingToken(request.trackingToken(), answer("And it has a sticker."));

    assertThat(first.orElseThrow().answeredQuestion()).isTrue();
    assertThat(second.orElseThrow().answeredQuestion()).isFalse();
    RequestDetails details = tracking.findById(request.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(details.attachments()).extracting(RequestDetails.Attachment::fileName).containsExactly("plate.png");
    assertThat(details.events()).filteredOn(e -> e.kind().equals("CUSTOMER_MESSAGE")).hasSize(2);
    assertThat(tracking.openQuestionByTrackingToken(request.trackingToken())).isEmpty();
    assertThat(jdbc.sql("SELECT message_id FROM process_outbox WHERE request_id = ? AND message_name = ?")
            .params(request.id(), ManualRequestProcess.CUSTOMER_ANSWERED_MESSAGE)
            .query(String.class)
            .list())
        .containsExactly("form-1");
  }

  @Test
  void anEmptyAnswerOrAWrongFile_isRefusedWithFieldErrors_andNothingIsWritten() {
    String email = "refused-" + unique() + "@example.com";
    SubmittedRequest request = submit("manual", manualRequest(email, "KM-5500"));
    progress.askCustomer(request.id(), QUESTION, "question:5-" + request.id());

    assertThatThrownBy(() -> customerMessages.answerByTrackingToken(request.trackingToken(), answer("   ")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("text"));
    assertThatThrownBy(
            () -> customerMessages.answerByTrackingToken(
                request.trackingToken(),
                new CustomerMessage("form-x", "see file", List.of(new UploadedFile("x.exe", "application/pdf", "MZ".getBytes())), "form")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("attachment"));

    assertThat(tracking.findById(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.WAITING_FOR_CUSTOMER);
    assertThat(customerMessages.answerByTrackingToken("no-such-token", answer("hello there"))).isEmpty();
  }

  private static CustomerMessage answer(String text) {
    return new CustomerMessage("form-" + unique(), text, List.of(), "form");
  }

  private static ImapMailbox mailbox(String email) {
    return ImapMailbox.autoCreated("127.0.0.1", TestInfrastructure.greenMail().getImap().getPort(), email);
  }
}
