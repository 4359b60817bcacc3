package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.testsupport.ImapMailbox.ReceivedMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff cannot verify a purchase and ask the customer; she answers by replying to the question
 * mail, or on her status page. Either way the answer shows on the request and a new review task
 * appears in the team's queue. Whole application, real broker, real SMTP and IMAP.
 */
@EndToEndTest
class CustomerAnswersJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");
  private static final String QUESTION = "Which colour is the type plate under the bowl, silver or black?";

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Value("${orchestrator.mail.imap.user}")
  String intakeMailbox;

  @Value("${spring.mail.host}")
  String smtpHost;

  @Value("${spring.mail.port}")
  int smtpPort;

  @Test
  void customerRepliesByEmail_andTheRequestGoesBackToTheTeam() throws MessagingException {
    String email = "reply+" + System.nanoTime() + "@example.com";
    Submitted request = submitUnverifiable(email);
    WebSession anna = staffAskTheCustomer(request.reference());

    // the question reaches the customer
    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    ReceivedMail question =
        await().atMost(JOURNEY_TIMEOUT).until(() -> questionMail(inbox), m -> m != null);
    assertThat(question.text()).contains(QUESTION).contains("/track/");
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(request.customer().get(request.statusPath()).body()).contains(QUESTION).contains("Send answer"));

    // she replies to it
    sendMail(email, "Re: " + question.subject(), "It is silver, and the receipt number is R-0417-118833.");

    // then the answer is on the request, and a new review task waits in the queue
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(request.customer().get(request.statusPath()).body())
            .contains("It is silver")
            .doesNotContain("Send answer"));
    String newTask =
        await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(anna.get("/staff/tasks").body(), request.reference()), p -> p != null);
    assertThat(anna.get(newTask).body()).contains("It is silver");
  }

  @Test
  void customerAnswersOnHerStatusPage_withTheMissingDocument() {
    String email = "page+" + System.nanoTime() + "@example.com";
    Submitted request = submitUnverifiable(email);
    WebSession anna = staffAskTheCustomer(request.reference());
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(request.customer().get(request.statusPath()).body()).contains(QUESTION));

    Page refused =
        request.customer().postMultipart(
            request.statusPath() + "/answer", Map.of("text", "here"),
            new Upload("document", "plate.exe", "application/pdf", "MZ not a pdf".getBytes()));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("PDF, JPEG or PNG");
    Page withNul = request.customer().postMultipart(request.statusPath() + "/answer", Map.of("text", "It is\u0000 silver"), null);
    assertThat(withNul.status()).isEqualTo(422);
    assertThat(withNul.body()).contains("control character");
    ControlCharactersTest.assertNoInternals(withNul.body());

    Page answered =
        request.customer().postMultipart(
            request.statusPath() + "/answer", Map.of("text", "Here is a photo of the type plate."),
            new Upload("document", "plate.png", "image/png", TestImages.png()));
    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.body()).contains("Thank you for your answer").contains("Here is a photo of the type plate.");

    String newTask =
        await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(anna.get("/staff/tasks").body(), request.reference()), p -> p != null);
    assertThat(anna.get(newTask).body()).contains("plate.png");
  }

  private record Submitted(WebSession customer, String statusPath, String reference) {}

  private Submitted submitUnverifiable(String email) {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status =
        customer.postMultipart(
            "/requests/manual", Map.of("name", "Sam Unknown", "email", email, "typeNumber", "KM-5500"), null);
    Matcher reference = REFERENCE.matcher(status.body());
    assertThat(reference.find()).isTrue();
    return new Submitted(customer, status.uri().getPath(), reference.group());
  }

  private WebSession staffAskTheCustomer(String reference) {
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    String taskPath =
        await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(anna.get("/staff/tasks").body(), reference), p -> p != null);
    Page tooShort = anna.postForm(taskPath + "/complete", Map.of("decision", "ASK_CUSTOMER", "questionText", "Colour?"));
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(tooShort.body()).contains("at least 10 characters");
    Page done = anna.postForm(taskPath + "/complete", Map.of("decision", "ASK_CUSTOMER", "questionText", QUESTION));
    assertThat(done.status()).isEqualTo(200);
    // the first task is gone before the customer answers
    await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(anna.get("/staff/tasks").body(), reference) == null);
    return anna;
  }

  private static ReceivedMail questionMail(ImapMailbox inbox) {
    return inbox.messages().stream().filter(m -> m.subject().startsWith("A question about")).findFirst().orElse(null);
  }

  private void sendMail(String from, String subject, String text) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", smtpHost);
    properties.put("mail.smtp.port", String.valueOf(smtpPort));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(intakeMailbox));
    message.setSubject(subject);
    message.setText(text, "UTF-8");
    Transport.send(message);
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row =
        Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    return row.find() ? row.group(1) : null;
  }
}
