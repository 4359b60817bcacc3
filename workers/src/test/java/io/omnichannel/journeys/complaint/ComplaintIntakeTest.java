package io.omnichannel.journeys.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.requests.AttachmentTexts;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.requests.UploadedFile;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One complaint case per customer, from every channel, on real PostgreSQL. */
class ComplaintIntakeTest extends ServiceCoreTest {

  @Autowired RequestTracking tracking;
  @Autowired RequestLedger ledger;
  @Autowired AttachmentTexts texts;
  @Autowired JdbcClient jdbc;
  @Autowired io.omnichannel.notifications.MailDispatcher mailDispatcher;

  /** The mails a test enqueued go out, so no later test of the shared context finds a backlog in its batch. */
  @org.junit.jupiter.api.AfterEach
  void deliverTheMailsEnqueued() {
    while (mailDispatcher.sendDue(java.time.Instant.now()) > 0) {
      // the next batch
    }
  }

  @Test
  void aComplaintIsWrittenWithItsAttachment_andStartsTheComplaintProcessForTheComplaintsTeam() {
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
    assertThat(details.subject()).isEqualTo("Dented drum");
    assertThat(details.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("note.pdf"));
    assertThat(texts.withTexts(submitted.id())).singleElement().satisfies(a -> assertThat(a.extractedText()).contains("drum dented"));
    assertThat(details.events()).extracting(TimelineEntry::kind).containsExactly("RECEIVED");

    var outbox =
        jdbc.sql("SELECT message_name, correlation_key, variables::text AS variables FROM process_outbox WHERE request_id = :id")
            .param("id", submitted.id())
            .query()
            .singleRow();
    assertThat(outbox.get("message_name")).isEqualTo("ComplaintReceived");
    assertThat(outbox.get("correlation_key")).isEqualTo(submitted.reference());
    assertThat((String) outbox.get("variables"))
        .contains("\"requestType\": \"COMPLAINT\"")
        .contains("\"team\": \"complaints\"")
        .contains("\"publicChannel\": false");
  }

  @Test
  void aComplaintNeedsAMessage_andNothingIsWritten() {
    String email = unique() + "@example.com";
    assertThatThrownBy(() -> submit("complaint", Map.of("name", "Jonas", "email", email, "message", "  ")))
        .isInstanceOfSatisfying(
            InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("message").containsEntry("message", "Please tell us what went wrong."));
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ?").param(email).query(Long.class).single()).isZero();
  }

  @Test
  void theSameCustomerComplainingAgainOnAnyChannel_joinsHerOpenCase_andEachContactCountsOnce() {
    String email = unique() + "@example.com";
    SubmittedRequest first = submit("complaint", complaint(email, "The van delivered a scratched table."));

    // again through the API, with a photo and an idempotency key
    byte[] png = TestFiles.png();
    IntakeInput byApi =
        new IntakeInput(complaint(email.toUpperCase(), "Still no answer about the scratched table!"),
            new UploadedFile("scratch.png", "image/png", png), "api:shop:" + unique());
    SubmittedRequest second = submit("complaint", byApi, IntakeChannel.API);
    // the same call again (a retry of the integration) counts once
    SubmittedRequest repeat = submit("complaint", byApi, IntakeChannel.API);
    // and on the phone
    SubmittedRequest third = submit("complaint", IntakeInput.of(complaint(email, "He called: still nothing.")), IntakeChannel.phone("ben"));

    assertThat(List.of(second, repeat, third)).allSatisfy(s -> {
      assertThat(s.reference()).isEqualTo(first.reference());
      assertThat(s.trackingToken()).isEqualTo(first.trackingToken());
    });
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE lower(contact_email) = lower(?)").param(email).query(Long.class).single())
        .isEqualTo(1);
    RequestDetails details = tracking.findById(first.id()).orElseThrow();
    assertThat(details.attachments()).extracting(RequestDetails.Attachment::fileName).containsExactly("scratch.png");
    assertThat(details.events())
        .filteredOn(e -> e.kind().equals("REPEATED_CONTACT"))
        .extracting(TimelineEntry::summary)
        .containsExactly(
            "You got in touch again (by API): Still no answer about the scratched table! [attached: scratch.png]",
            "You got in touch again (by phone): He called: still nothing.");
    assertThat(details.events()).filteredOn(e -> e.kind().equals("ENTERED_BY_STAFF")).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("ben"));
    assertThat(repeatedMessages(first.id())).containsExactly(
        "{\"publicContact\": false, \"repeatedContacts\": 2}", "{\"publicContact\": false, \"repeatedContacts\": 3}");
  }

  @Test
  void twoFirstComplaintsAtTheSameMoment_becomeOneCase() throws Exception {
    String email = unique() + "@example.com";
    // a known customer (an earlier question), so both submissions match the same one
    submit("question", Map.of("name", "Tom Painter", "email", email, "message", "Are you open on Sunday?"));
    var start = new java.util.concurrent.CountDownLatch(1);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
      var first = pool.submit(() -> { start.await(); return submit("complaint", complaint(email, "The van brought a broken table.")); });
      var second = pool.submit(() -> { start.await(); return submit("complaint", complaint(email, "And the chairs are scratched.")); });
      start.countDown();
      assertThat(first.get().reference()).isEqualTo(second.get().reference());
    }
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ? AND type = 'COMPLAINT'").param(email)
            .query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aClosedComplaint_isNoOpenCase_soTheNextComplaintOpensANewOne() {
    String email = unique() + "@example.com";
    SubmittedRequest first = submit("complaint", complaint(email, "The lamp flickers."));
    ledger.close(first.id());

    SubmittedRequest next = submit("complaint", complaint(email, "Now the new lamp flickers too."));

    assertThat(next.reference()).isNotEqualTo(first.reference());
    assertThat(repeatedMessages(first.id())).isEmpty();
  }

  @Test
  void aQuestionOfTheSameCustomer_isNoRepeatedComplaint() {
    String email = unique() + "@example.com";
    SubmittedRequest complaint = submit("complaint", complaint(email, "The lamp flickers."));
    SubmittedRequest question = submit("question", Map.of("name", "Jonas", "email", email, "message", "Are you open on Sunday?"));

    assertThat(question.reference()).isNotEqualTo(complaint.reference());
    assertThat(repeatedMessages(complaint.id())).isEmpty();
  }

  @Test
  void aPublicPost_needsItsWebLink_andTellsTheModelToAlertAtOnce() {
    String email = unique() + "@example.com";
    Map<String, String> fields = new HashMap<>(complaint(email, "Worst shop ever: my sofa came torn and nobody answers."));
    assertThatThrownBy(() -> submit("complaint", IntakeInput.of(fields), IntakeChannel.publicPost("lena")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("publicUrl").containsEntry("publicUrl", "Please give the link to the post or review."));
    fields.put("publicUrl", "ftp://reviews.example.com/1");
    assertThatThrownBy(() -> submit("complaint", IntakeInput.of(fields), IntakeChannel.PUBLIC))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("publicUrl", "Please give a web link starting with http:// or https://."));
    fields.put("publicUrl", "https://reviews.example.com/" + "x".repeat(2000));
    assertThatThrownBy(() -> submit("complaint", IntakeInput.of(fields), IntakeChannel.PUBLIC))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsKey("publicUrl"));
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ?").param(email).query(Long.class).single()).isZero();

    fields.put("publicUrl", "https://reviews.example.com/shop/4711");
    SubmittedRequest submitted = submit("complaint", IntakeInput.of(fields), IntakeChannel.publicPost("lena"));

    assertThat(tracking.findById(submitted.id()).orElseThrow().channel()).isEqualTo("PUBLIC");
    assertThat(jdbc.sql("SELECT public_url FROM complaint_details WHERE request_id = ?").param(submitted.id()).query(String.class).single())
        .isEqualTo("https://reviews.example.com/shop/4711");
    assertThat(jdbc.sql("SELECT variables::text FROM process_outbox WHERE request_id = ?").param(submitted.id()).query(String.class).single())
        .contains("\"publicChannel\": true");
  }

  @Test
  void aComplaintAboutAnEarlierRequest_namesIt_butAnUnknownOrAnotherCustomersReferenceIsRefused_andNothingIsWritten() {
    String email = unique() + "@example.com";
    String stranger = unique() + "@example.com";
    SubmittedRequest question = submit("question", Map.of("name", "Tom Painter", "email", email, "message", "When does my table come?"));
    SubmittedRequest strangers = submit("question", Map.of("name", "Eva Other", "email", stranger, "message", "Are you open on Sunday?"));

    for (String reference : List.of("SR-2000-999999", strangers.reference())) {
      Map<String, String> fields = new HashMap<>(complaint(email, "Nobody answered my question."));
      fields.put("aboutReference", reference);
      assertThatThrownBy(() -> submit("complaint", IntakeInput.of(fields), IntakeChannel.API))
          .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors())
              .containsOnlyKeys("aboutReference")
              .containsEntry("aboutReference", "We know no request with this reference from you. Please check it, or leave it empty."));
    }
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ? AND type = 'COMPLAINT'").param(email)
            .query(Long.class).single())
        .isZero();

    Map<String, String> fields = new HashMap<>(complaint(email.toUpperCase(), "Nobody answered my question."));
    fields.put("aboutReference", question.reference().toLowerCase());
    SubmittedRequest complaint = submit("complaint", IntakeInput.of(fields), IntakeChannel.API);

    assertThat(tracking.findById(complaint.id()).orElseThrow().message())
        .isEqualTo("Nobody answered my question.\n(About " + question.reference() + ")");
  }

  private List<String> repeatedMessages(UUID requestId) {
    return jdbc.sql(
            "SELECT variables::text FROM process_outbox WHERE request_id = ? AND message_name = 'ComplaintRepeated' ORDER BY created_at, message_id")
        .param(requestId)
        .query(String.class)
        .list();
  }

  static Map<String, String> complaint(String email, String message) {
    return Map.of("name", "Tom Painter", "email", email, "message", message);
  }
}
