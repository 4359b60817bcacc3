package io.omnichannel.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Questions, complaints and callbacks into the ledger, with their process start, on real PostgreSQL. */
class CustomerRequestIntakeTest extends ServiceCoreTest {

  @Autowired CustomerRequestIntake intake;
  @Autowired RequestTracking tracking;
  @Autowired RequestProgress progress;
  @Autowired JdbcClient jdbc;

  @Test
  void aComplaintIsWrittenWithItsAttachment_andStartsTheProcessForTheComplaintsTeam() {
    byte[] photo = TestFiles.pdf("Delivery note W-2026-7781: drum dented");
    SubmittedRequest submitted =
        intake.submit(
            new CustomerRequestSubmission(
                CustomerRequestType.COMPLAINT, " Maria Keller ", unique() + "@example.com", null, "W-2026-7781",
                "Dented drum", "The washing machine arrived with a dented drum.", null, null,
                new ManualRequestSubmission.Attachment("note.pdf", "application/pdf", photo), null));

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.type()).isEqualTo("COMPLAINT");
    assertThat(details.channel()).isEqualTo("WEB");
    assertThat(details.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(details.contactName()).isEqualTo("Maria Keller");
    assertThat(details.typeNumber()).isNull();
    assertThat(details.subject()).isEqualTo("Dented drum");
    assertThat(details.orderNumber()).isEqualTo("W-2026-7781");
    assertThat(details.attachments()).singleElement().satisfies(a -> assertThat(a.extractedText()).contains("drum dented"));
    assertThat(details.events()).extracting(TimelineEntry::kind).containsExactly("RECEIVED");

    var outbox =
        jdbc.sql("SELECT message_name, correlation_key, variables::text AS variables FROM process_outbox WHERE request_id = :id")
            .param("id", submitted.id())
            .query()
            .singleRow();
    assertThat(outbox.get("message_name")).isEqualTo("CustomerRequestReceived");
    assertThat(outbox.get("correlation_key")).isEqualTo(submitted.reference());
    assertThat((String) outbox.get("variables"))
        .contains("\"requestType\": \"COMPLAINT\"")
        .contains("\"team\": \"complaints\"")
        .contains(submitted.id().toString());
  }

  @Test
  void aCallbackNeedsAPhoneNumberAndATimeWindow_andTheAcknowledgementSaysWhenWeCall() {
    assertThatThrownBy(
            () -> intake.submit(callback(unique() + "@example.com", "not a number", "AT_MIDNIGHT", null)))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("phone", "callbackWindow")
                .containsEntry("callbackWindow", "Please choose one of the offered times."));
    assertThatThrownBy(() -> intake.submit(callback(unique() + "@example.com", null, null, null)))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors())
                .containsEntry("phone", "Please give us the number to call.")
                .containsEntry("callbackWindow", "Please choose when we should call."));

    String email = unique() + "@example.com";
    SubmittedRequest submitted = intake.submit(callback(email, "+49 89 1234567", "WEEKDAY_MORNING", null));
    progress.acknowledge(submitted.id());

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.callbackPhone()).isEqualTo("+49 89 1234567");
    assertThat(details.callbackWindowLabel()).isEqualTo("weekdays 9:00–12:00");
    String body =
        jdbc.sql("SELECT body FROM mail_outbox WHERE dedup_key = :key").param("key", "ack:" + submitted.id()).query(String.class).single();
    assertThat(body)
        .contains("thank you for your callback request")
        .contains("call you on +49 89 1234567 (weekdays 9:00–12:00)")
        .doesNotContain("manual");
  }

  @Test
  void aQuestionNeedsAMessage_andIsAcknowledgedAsAQuestion() {
    assertThatThrownBy(
            () ->
                intake.submit(
                    new CustomerRequestSubmission(
                        CustomerRequestType.GENERAL_QUESTION, "Jonas", unique() + "@example.com", null, null, null, "  ",
                        null, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("message").containsEntry("message", "Please write your question."));
    assertThatThrownBy(
            () ->
                intake.submit(
                    new CustomerRequestSubmission(
                        null, "Jonas", "jonas", null, null, null, "Hello", null, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("type", "email"));

    SubmittedRequest submitted =
        intake.submitByEmail(
            new CustomerRequestSubmission(
                CustomerRequestType.GENERAL_QUESTION, "Jonas Berger", unique() + "@example.com", null, null,
                "Opening hours", "Are you open on Sunday?", null, null, null, null));
    progress.acknowledge(submitted.id());

    assertThat(tracking.findById(submitted.id()).orElseThrow().channel()).isEqualTo("EMAIL");
    String body =
        jdbc.sql("SELECT body FROM mail_outbox WHERE dedup_key = :key").param("key", "ack:" + submitted.id()).query(String.class).single();
    assertThat(body).contains("thank you for your question. Your reference is " + submitted.reference()).contains("We expect to answer by");
  }

  @Test
  void sameIdempotencyKeyReturnsTheSameRequest_andStartsOneProcess() {
    String key = "form-" + unique();
    var submission = callback(unique() + "@example.com", "089 1234567", "SATURDAY", key);

    SubmittedRequest first = intake.submit(submission);
    SubmittedRequest second = intake.submit(submission);

    assertThat(second).isEqualTo(first);
    assertThat(jdbc.sql("SELECT count(*) FROM process_outbox WHERE request_id = :id").param("id", first.id()).query(Long.class).single())
        .isEqualTo(1);
  }

  private static CustomerRequestSubmission callback(String email, String phone, String window, String key) {
    return new CustomerRequestSubmission(
        CustomerRequestType.CALLBACK, "Aylin Demir", email, null, null, null, null, phone, window, null, key);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
