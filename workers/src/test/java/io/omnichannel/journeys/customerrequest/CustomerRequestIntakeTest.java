package io.omnichannel.journeys.customerrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.conversation.CustomerConversation;
import io.omnichannel.requests.AttachmentTexts;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.requests.UploadedFile;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Questions, complaints and callbacks into the ledger, with their process start, on real PostgreSQL. */
class CustomerRequestIntakeTest extends ServiceCoreTest {

  @Autowired RequestTracking tracking;
  @Autowired AttachmentTexts texts;
  @Autowired CustomerConversation conversation;
  @Autowired CallbackDetails callbacks;
  @Autowired JdbcClient jdbc;

  @Test
  void aComplaintIsWrittenWithItsAttachment_andStartsTheProcessForTheComplaintsTeam() {
    byte[] photo = TestFiles.pdf("Delivery note W-2026-7781: drum dented");
    Map<String, String> fields = Map.of(
        "name", " Maria Keller ", "email", unique() + "@example.com", "orderNumber", "W-2026-7781",
        "subject", "Dented drum", "message", "The washing machine arrived with a dented drum.");
    SubmittedRequest submitted =
        submit("complaint", new IntakeInput(fields, new UploadedFile("note.pdf", "application/pdf", photo), null), IntakeChannel.WEB);

    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.type()).isEqualTo("COMPLAINT");
    assertThat(details.channel()).isEqualTo("WEB");
    assertThat(details.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(details.contactName()).isEqualTo("Maria Keller");
    assertThat(details.typeNumber()).isNull();
    assertThat(details.subject()).isEqualTo("Dented drum");
    assertThat(details.orderNumber()).isEqualTo("W-2026-7781");
    assertThat(details.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("note.pdf"));
    assertThat(texts.withTexts(submitted.id())).singleElement().satisfies(a -> assertThat(a.extractedText()).contains("drum dented"));
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
  void aCallbackNeedsAPhoneNumberAndATimeWindow_keepsThemInItsOwnTable_andTheAcknowledgementSaysWhenWeCall() {
    assertThatThrownBy(() -> submit("callback", callback(unique() + "@example.com", "not a number", "AT_MIDNIGHT")))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("phone", "callbackWindow")
                .containsEntry("callbackWindow", "Please choose one of the offered times."));
    assertThatThrownBy(() -> submit("callback", callback(unique() + "@example.com", null, null)))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors())
                .containsEntry("phone", "Please give us the number to call.")
                .containsEntry("callbackWindow", "Please choose when we should call."));

    String email = unique() + "@example.com";
    SubmittedRequest submitted = submit("callback", callback(email, "+49 89 1234567", "WEEKDAY_MORNING"));
    conversation.acknowledge(submitted.id());

    assertThat(callbacks.of(submitted.id())).hasValueSatisfying(callback -> {
      assertThat(callback.phone()).isEqualTo("+49 89 1234567");
      assertThat(callback.window().label()).isEqualTo("weekdays 9:00–12:00");
    });
    String body =
        jdbc.sql("SELECT body FROM mail_outbox WHERE dedup_key = :key").param("key", "ack:" + submitted.id()).query(String.class).single();
    assertThat(body)
        .contains("thank you for your callback request")
        .contains("call you on +49 89 1234567 (weekdays 9:00–12:00)")
        .doesNotContain("manual");
  }

  @Test
  void aQuestionNeedsAMessage_andIsAcknowledgedAsAQuestion() {
    assertThatThrownBy(() -> submit("question", Map.of("name", "Jonas", "email", unique() + "@example.com", "message", "  ")))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("message").containsEntry("message", "Please write your question."));
    assertThatThrownBy(() -> submit("question", Map.of("name", "Jonas", "email", "jonas", "message", "Hello")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("email"));

    SubmittedRequest submitted =
        submit(
            "question",
            IntakeInput.of(Map.of(
                "name", "Jonas Berger", "email", unique() + "@example.com", "subject", "Opening hours", "message", "Are you open on Sunday?")),
            IntakeChannel.EMAIL);
    conversation.acknowledge(submitted.id());

    assertThat(tracking.findById(submitted.id()).orElseThrow().channel()).isEqualTo("EMAIL");
    String body =
        jdbc.sql("SELECT body FROM mail_outbox WHERE dedup_key = :key").param("key", "ack:" + submitted.id()).query(String.class).single();
    assertThat(body).contains("thank you for your question. Your reference is " + submitted.reference()).contains("We expect to answer by");
  }

  @Test
  void sameIdempotencyKeyReturnsTheSameRequest_andStartsOneProcess() {
    IntakeInput input = IntakeInput.of(callback(unique() + "@example.com", "089 1234567", "SATURDAY")).withIdempotencyKey("form-" + unique());

    SubmittedRequest first = submit("callback", input, IntakeChannel.WEB);
    SubmittedRequest second = submit("callback", input, IntakeChannel.WEB);

    assertThat(second).isEqualTo(first);
    assertThat(jdbc.sql("SELECT count(*) FROM process_outbox WHERE request_id = :id").param("id", first.id()).query(Long.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM callback_details WHERE request_id = :id").param("id", first.id()).query(Long.class).single())
        .isEqualTo(1);
  }

  private static Map<String, String> callback(String email, String phone, String window) {
    Map<String, String> fields = new HashMap<>(Map.of("name", "Aylin Demir", "email", email));
    if (phone != null) {
      fields.put("phone", phone);
    }
    if (window != null) {
      fields.put("callbackWindow", window);
    }
    return fields;
  }
}
