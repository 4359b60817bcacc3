package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.testsupport.ImapMailbox.ReceivedMail;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 1 end to end through HTTP against the whole application and the real broker: the
 * customer writes in the evening, the manual arrives by mail; a request the automation cannot
 * verify lands in the service centre's queue, and the colleague's answer reaches the customer.
 */
@EndToEndTest
class ManualRequestJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;

  @Test
  void customerWithCustomerNumberGetsTheManualAsPdfByMail() throws IOException {
    String email = "maria.keller+" + System.nanoTime() + "@example.com";
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Maria Keller", "email", email, "customerNumber", "K-100234", "typeNumber", "KM-5500",
                "message", "The printed manual is far too thin."),
            null);

    assertThat(status.status()).isEqualTo(200);
    assertThat(status.uri().getPath()).startsWith("/track/");
    String reference = reference(status.body());
    assertThat(status.body()).contains("Expected by");

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    List<ReceivedMail> mails = awaitMails(inbox, 2);
    assertThat(mails).anySatisfy(mail -> assertThat(mail.subject()).contains(reference));
    ReceivedMail manualMail =
        mails.stream().filter(mail -> !mail.attachments().isEmpty()).findFirst().orElseThrow();
    assertThat(manualMail.attachments()).hasSize(1);
    assertThat(manualMail.attachments().getFirst().fileName()).endsWith(".pdf");
    assertThat(pdfText(manualMail.attachments().getFirst().content())).contains("KM-5500");

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(customer.get(status.uri().getPath()).body()).contains("Done"));
  }

  @Test
  void unverifiableRequestBecomesATeamTaskAndTheAnswerReachesTheCustomer() {
    String email = "someone+" + System.nanoTime() + "@example.com";
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Sam Unknown", "email", email, "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt.png", "image/png", TestImages.png()));
    String reference = reference(status.body());

    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    String taskPath =
        await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(anna.get("/staff/tasks").body(), reference), p -> p != null);

    Page task = anna.get(taskPath);
    assertThat(task.body()).contains("Sam Unknown").contains("receipt.png");

    Page invalid = anna.postForm(taskPath + "/complete", Map.of("decision", "ANSWER", "answerText", "too short"));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body()).contains("at least 20 characters");

    String answer = "We could not find your purchase; please send us a photo of the receipt with the date visible.";
    Page done = anna.postForm(taskPath + "/complete", Map.of("decision", "ANSWER", "answerText", answer));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body()).doesNotContain(reference + "</td>");

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> assertThat(mail.text()).contains(answer)));
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(customer.get(status.uri().getPath()).body()).contains("Done"));
  }

  @Test
  void invalidFormShowsFieldErrorsAndWritesNothing() {
    long before = jdbc.sql("select count(*) from service_requests").query(Long.class).single();
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page page =
        customer.postMultipart(
            "/requests/manual", Map.of("name", "", "email", "not-an-address", "typeNumber", ""), null);

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body())
        .contains("Please tell us your name.")
        .contains("This does not look like an e-mail address.")
        .contains("Please give the type number from the type plate.");
    assertThat(jdbc.sql("select count(*) from service_requests").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void uploadThatIsNeitherPdfNorImageIsRefusedClearly() {
    long before = jdbc.sql("select count(*) from service_requests").query(Long.class).single();
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page page =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Eve", "email", "eve@example.com", "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt.pdf", "application/pdf", "#!/bin/sh\necho not a pdf\n".getBytes()));

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).containsIgnoringCase("PDF, JPEG or PNG");
    assertThat(jdbc.sql("select count(*) from service_requests").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void uploadOverTheSizeLimitIsRefusedClearly() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    byte[] large = new byte[6 * 1024 * 1024];
    System.arraycopy("%PDF-1.7\n".getBytes(), 0, large, 0, 9);

    Page page =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Eve", "email", "eve@example.com", "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt.pdf", "application/pdf", large));

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains("5 MB");
  }

  @Test
  void uploadOverTheRequestLimitGetsTheFormBackWithAClearMessage() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page page =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Eve", "email", "eve@example.com", "typeNumber", "KM-5500"),
            new Upload("attachment", "scan.pdf", "application/pdf", new byte[13 * 1024 * 1024]));

    assertThat(page.status()).isEqualTo(413);
    assertThat(page.body()).contains("larger than 5 MB").contains("Request a manual");
  }

  @Test
  void guessedTrackingLinkFindsNothing() {
    Page page = new WebSession(port).get("/track/not-a-real-token-0000000000");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("We could not find this request");
  }

  private static List<ReceivedMail> awaitMails(ImapMailbox inbox, int count) {
    return await().atMost(JOURNEY_TIMEOUT).until(inbox::messages, mails -> mails.size() >= count);
  }

  private static String reference(String page) {
    Matcher matcher = REFERENCE.matcher(page);
    assertThat(matcher.find()).as("a reference number on the page").isTrue();
    return matcher.group();
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row =
        Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    return row.find() ? row.group(1) : null;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

}
