package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3, journeys 1 and 5: Maria phones the service centre; Anna finds her, takes her manual
 * request on the spot and reads out the reference. The manual reaches Maria's mailbox as if she had
 * used the portal, and the request remembers the phone and who took it.
 */
@EndToEndTest
class StaffIntakeJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern CHOOSE_MARIA = Pattern.compile("href=\"([^\"]*customer=[^\"]*)\"\\s+data-customer=\"K-100234\"");
  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(SR-\\d{4}-\\d{6})<");
  private static final String MARIA = "maria.keller@example.com";

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;

  @Test
  void annaTakesMariasManualRequestOnThePhone_andTheManualArrivesByMail() {
    WebSession anna = signedInAsAnna();
    Page found = anna.get("/staff/requests/new?type=manual&channel=PHONE&q=Keller");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).as("linked in the staff navigation").contains("<a href=\"/staff/requests/new\">Take a request</a>");
    assertThat(found.body()).contains("Maria Keller").contains("K-100234").contains(MARIA).contains("+49 30 5550 1234");

    Matcher choose = CHOOSE_MARIA.matcher(found.body());
    assertThat(choose.find()).as("a link to choose Maria").isTrue();
    Page prefilled = anna.get(choose.group(1).replace("&amp;", "&"));
    assertThat(prefilled.body()).contains("name=\"_csrf\"").contains("value=\"Maria Keller\"").contains("value=\"" + MARIA + "\"").contains("value=\"K-100234\"");

    Page receipt =
        anna.postMultipart(
            "/staff/requests",
            Map.of("channel", "PHONE", "type", "MANUAL", "name", "Maria Keller", "email", MARIA,
                "customerNumber", "K-100234", "typeNumber", "KM-5500", "message", "Called: the printed manual got wet."),
            null);
    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.uri().getPath()).isEqualTo("/staff/requests/submitted");
    assertThat(receipt.body()).contains("We expect to answer by").contains("/track/").contains("On the phone");
    Matcher referenceMatch = REFERENCE.matcher(receipt.body());
    assertThat(referenceMatch.find()).isTrue();
    String reference = referenceMatch.group(1);

    var request =
        jdbc.sql("SELECT id, channel FROM service_requests WHERE reference = :r").param("r", reference).query().singleRow();
    assertThat(request.get("channel")).isEqualTo("PHONE");
    assertThat(jdbc.sql("SELECT actor || ': ' || summary FROM request_events WHERE request_id = :id AND kind = 'ENTERED_BY_STAFF'")
            .param("id", request.get("id")).query(String.class).single())
        .isEqualTo("anna: Taken by phone, entered by anna.");

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, MARIA);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> {
          assertThat(mail.subject()).contains(reference).contains("Your manual for KM-5500");
          assertThat(mail.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).endsWith(".pdf"));
        }));
  }

  @Test
  void aBadSubmission_showsFieldErrors_andWritesNothing() {
    WebSession anna = signedInAsAnna();
    String email = "not-an-address-" + System.nanoTime();
    anna.get("/staff/requests/new?type=callback");

    Page invalid =
        anna.postMultipart(
            "/staff/requests", Map.of("channel", "PHONE", "type", "CALLBACK", "name", "", "email", email, "phone", "call me"), null);

    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body())
        .contains("Please tell us your name.")
        .contains("This does not look like an e-mail address.")
        .contains("This does not look like a phone number.")
        .contains("Please choose when we should call.")
        .contains("value=\"" + email + "\"");

    String valid = "counter+" + System.nanoTime() + "@example.com";
    Page noChannel =
        anna.postMultipart(
            "/staff/requests",
            Map.of("type", "QUESTION", "name", "Jonas Berger", "email", valid, "message", "Is the Munich store open on Sunday?"),
            null);
    assertThat(noChannel.status()).isEqualTo(422);
    assertThat(noChannel.body()).contains("Please choose how the customer asked");

    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email IN (:e)")
            .param("e", java.util.List.of(email, valid)).query(Long.class).single())
        .isZero();
  }

  @Test
  void anUploadOverTheRequestLimit_getsTheStaffIntakeFormBackWithTheReason() {
    WebSession anna = signedInAsAnna();
    anna.get("/staff/requests/new");

    Page page =
        anna.postMultipart(
            "/staff/requests",
            Map.of("channel", "STORE", "type", "MANUAL", "name", "Eve", "email", "eve@example.com", "typeNumber", "KM-5500"),
            new WebSession.Upload("attachment", "scan.pdf", "application/pdf", new byte[13 * 1024 * 1024]));

    assertThat(page.status()).isEqualTo(413);
    assertThat(page.body()).contains("Take a request").contains("larger than 5 MB").doesNotContain("Request a manual</h1>");
  }

  private WebSession signedInAsAnna() {
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    return anna;
  }
}
