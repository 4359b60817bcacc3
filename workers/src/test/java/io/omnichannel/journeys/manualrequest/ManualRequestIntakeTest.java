package io.omnichannel.journeys.manualrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.requests.AttachmentTexts;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ManualRequestIntakeTest extends ServiceCoreTest {

  static final String MANUAL = "manual";

  @Autowired RequestTracking tracking;
  @Autowired AttachmentTexts texts;
  @Autowired CustomerDirectory customers;
  @Autowired JdbcClient jdbc;

  @Test
  void submissionWritesRequestAttachmentHistoryAndProcessStartTogether() {
    var maria = customers.register("K-" + unique(), "Maria Keller", unique() + "@example.com", null, Instant.now());
    byte[] receipt = TestFiles.pdf("Store Berlin Mitte\nReceipt R-0417-118833\nKM-5500 stand mixer 349.00 EUR");

    Map<String, String> fields = new HashMap<>(Map.of(
        "name", "Maria Keller", "email", "someone.else@example.com", "customerNumber", maria.getCustomerNumber(),
        "typeNumber", "KM-5500", "message", "The printed manual is too thin."));
    SubmittedRequest submitted =
        submit(MANUAL, new IntakeInput(fields, new UploadedFile("C:\\Users\\maria\\receipt.pdf", "image/png", receipt), null), IntakeChannel.WEB);

    assertThat(submitted.reference()).matches("SR-\\d{4}-\\d{6}");
    assertThat(submitted.trackingToken()).matches("[A-Za-z0-9_-]{43}");
    RequestDetails details = tracking.findById(submitted.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(details.customerId()).as("matched by customer number").isEqualTo(maria.getId());
    assertThat(details.expectedBy()).isEqualTo(details.createdAt().plus(java.time.Duration.ofDays(2)));
    assertThat(details.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("receipt.pdf");
              assertThat(a.mediaType()).as("by content, not by the declared type").isEqualTo("application/pdf");
            });
    assertThat(texts.withTexts(submitted.id()))
        .singleElement()
        .satisfies(a -> assertThat(a.extractedText()).as("read after intake").contains("R-0417-118833").contains("KM-5500"));
    assertThat(tracking.attachment(submitted.id(), details.attachments().getFirst().id()).orElseThrow().content()).isEqualTo(receipt);
    assertThat(tracking.attachment(UUID.randomUUID(), details.attachments().getFirst().id())).isEmpty();
    assertThat(details.events()).extracting(TimelineEntry::kind).containsExactly("RECEIVED");

    var outbox =
        jdbc.sql("SELECT message_name, correlation_key, variables::text AS variables, dispatched_at IS NULL AS pending FROM process_outbox WHERE request_id = :id")
            .param("id", submitted.id())
            .query()
            .singleRow();
    assertThat(outbox.get("message_name")).isEqualTo("ManualRequestReceived");
    assertThat(outbox.get("correlation_key")).isEqualTo(submitted.reference());
    assertThat((String) outbox.get("variables")).contains(submitted.id().toString()).contains(submitted.reference());
    assertThat(outbox.get("pending")).isEqualTo(true);
  }

  @Test
  void trackingLinkShowsOnlyWhatTheCustomerMaySee() {
    SubmittedRequest submitted = submit(MANUAL, manualRequest(unique() + "@example.com", "CF-80"));
    jdbc.sql("INSERT INTO request_events (id, request_id, occurred_at, kind, summary, customer_visible, actor) VALUES (:id, :request, now(), 'NOTE', 'internal note', false, 'agent1')")
        .param("id", UUID.randomUUID())
        .param("request", submitted.id())
        .update();

    TrackedRequest tracked = tracking.findByTrackingToken(submitted.trackingToken()).orElseThrow();

    assertThat(tracked.reference()).isEqualTo(submitted.reference());
    assertThat(tracked.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(tracked.events()).extracting(TrackedRequest.Event::kind).containsExactly("RECEIVED");
    assertThat(tracked.events().getFirst().summary()).contains(submitted.reference()).contains("expect to answer by");
    assertThat(tracking.findByTrackingToken("not-" + submitted.trackingToken())).isEmpty();
  }

  @Test
  void customerIsMatchedByNormalisedEmailWhenNoCustomerNumberIsGiven() {
    String email = unique() + "@example.com";
    var known = customers.register(null, "Jonas Berger", email, null, Instant.now());

    SubmittedRequest submitted = submit(MANUAL, manualRequest("  " + email.toUpperCase() + " ", "DG-220"));

    assertThat(tracking.findById(submitted.id()).orElseThrow().customerId()).isEqualTo(known.getId());
  }

  @Test
  void invalidSubmissionIsRefusedWithFieldErrorsAndWritesNothing() {
    long requestsBefore = count("service_requests");
    long outboxBefore = count("process_outbox");
    long customersBefore = count("customers");
    byte[] notAnImage = "just text pretending to be a photo".getBytes();

    assertThatThrownBy(
            () ->
                submit(MANUAL, new IntakeInput(
                    Map.of("name", " ", "email", "not-an-address", "typeNumber", ""),
                    new UploadedFile("photo.png", "image/png", notAnImage), null), IntakeChannel.WEB))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "email", "typeNumber", "attachment"));

    assertThat(count("service_requests")).isEqualTo(requestsBefore);
    assertThat(count("process_outbox")).isEqualTo(outboxBefore);
    assertThat(count("customers")).isEqualTo(customersBefore);
  }

  @Test
  void attachmentOverFiveMegabytesIsRefused() {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);

    assertThatThrownBy(
            () ->
                submit(MANUAL, new IntakeInput(
                    Map.of("name", "Maria", "email", unique() + "@example.com", "typeNumber", "KM-5500"),
                    new UploadedFile("big.pdf", "application/pdf", big), null), IntakeChannel.WEB))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("attachment").containsValue("The file is larger than 5 MB."));
  }

  @Test
  void sameIdempotencyKeyReturnsTheSameRequest() {
    String key = "form-" + unique();
    var input = IntakeInput.of(manualRequest(unique() + "@example.com", "KM-5500")).withIdempotencyKey(key);

    SubmittedRequest first = submit(MANUAL, input, IntakeChannel.WEB);
    SubmittedRequest second = submit(MANUAL, input, IntakeChannel.WEB);

    assertThat(second).isEqualTo(first);
    assertThat(jdbc.sql("SELECT count(*) FROM process_outbox WHERE request_id = :id").param("id", first.id()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aFailureLateInTheTransactionLeavesNoTrace() {
    String email = unique() + "@example.com";
    // a real database failure on the last write of the intake (the outbox row)
    jdbc.sql(
            """
            CREATE OR REPLACE FUNCTION refuse_outbox() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'outbox refused for test'; END $$ LANGUAGE plpgsql
            """)
        .update();
    jdbc.sql("CREATE TRIGGER refuse_outbox BEFORE INSERT ON process_outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()").update();
    try {
      assertThatThrownBy(
              () ->
                  submit(MANUAL, new IntakeInput(
                      Map.of("name", "Aylin Demir", "email", email, "typeNumber", "CF-80"),
                      new UploadedFile("r.pdf", "application/pdf", TestFiles.pdf("Receipt")), null), IntakeChannel.WEB))
          .hasMessageContaining("outbox refused for test");
    } finally {
      jdbc.sql("DROP TRIGGER refuse_outbox ON process_outbox").update();
    }

    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = :e").param("e", email).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM customers WHERE email = :e").param("e", email).query(Long.class).single()).isZero();
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
