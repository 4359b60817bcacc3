package io.omnichannel.journeys.customerrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.conversation.CustomerConversation;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Questions and callbacks into the ledger, with their process start, on real PostgreSQL (complaints: {@code ComplaintIntakeTest}). */
class CustomerRequestIntakeTest extends ServiceCoreTest {

  @Autowired RequestTracking tracking;
  @Autowired CustomerConversation conversation;
  @Autowired CallbackDetails callbacks;
  @Autowired JdbcClient jdbc;

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
