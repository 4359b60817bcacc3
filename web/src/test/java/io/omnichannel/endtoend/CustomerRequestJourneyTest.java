package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.testsupport.ImapMailbox;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3 end to end on the real broker: a complaint from the portal (since issue 14 its own journey, see
 * ComplaintJourneyTest) lands in the complaints team's
 * queue and the answer reaches the customer; a mail that is neither a reply nor a manual request
 * becomes a question in the service centre's queue, so no inbound mail is left without an owner.
 */
@EndToEndTest
class CustomerRequestJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

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

  @Autowired JdbcClient jdbc;

  @Test
  void complaintFromThePortal_isAnsweredByTheComplaintsTeam_andClosed() {
    String email = "complaint+" + System.nanoTime() + "@example.com";
    WebSession customer = new WebSession(port);
    assertThat(customer.get("/").body()).contains("/requests/complaint/new");
    assertThat(customer.get("/requests/complaint/new").body()).contains("Make a complaint");

    Page invalid = customer.postMultipart("/requests/complaint", Map.of("name", "Maria Keller", "email", email), null);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body()).contains("Please tell us what went wrong.");

    Page status =
        customer.postMultipart(
            "/requests/complaint",
            Map.of("name", "Maria Keller", "email", email, "subject", "Dented drum",
                "message", "The washing machine arrived with a dented drum."),
            null);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.uri().getPath()).startsWith("/track/");
    String reference = reference(status.body());

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> {
          assertThat(mail.subject()).contains(reference);
          assertThat(mail.text()).contains("thank you for your complaint").doesNotContain("manual");
        }));

    WebSession ben = new WebSession(port);
    ben.signIn("ben", "demo");
    String taskPath =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> taskLink(ben.get("/staff/tasks?view=complaints").body(), reference), p -> p != null);
    Page task = ben.get(taskPath);
    assertThat(task.body()).contains("Dented drum").contains("complaints").doesNotContain("Send a manual from the library");

    Page tooShort = ben.postForm(taskPath + "/complete", Map.of("decision", "ANSWER", "answerText", "sorry"));
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(tooShort.body()).contains("at least 20 characters");

    String answer = "We are very sorry: a replacement drum is on its way and our technician fits it free of charge.";
    Page done = ben.postForm(taskPath + "/complete", Map.of("decision", "ANSWER", "answerText", answer));
    assertThat(done.status()).isEqualTo(200);

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> assertThat(mail.text()).contains(answer)));
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(
                jdbc.sql("select status from service_requests where reference = :r").param("r", reference).query(String.class).single())
            .isEqualTo("CLOSED"));
  }

  @Test
  void mailWithoutReferenceOrManualWish_becomesAQuestionInTheServiceCentreQueue() throws MessagingException {
    String email = "question+" + System.nanoTime() + "@example.com";
    sendMail(email, "Opening hours", "Is the Munich store open on the Saturday before Christmas?");

    String reference =
        await().atMost(JOURNEY_TIMEOUT)
            .until(
                () -> jdbc.sql("select reference from service_requests where contact_email = :e")
                    .param("e", email).query(String.class).optional().orElse(null),
                r -> r != null);
    assertThat(jdbc.sql("select type || '/' || channel from service_requests where reference = :r")
            .param("r", reference).query(String.class).single())
        .isEqualTo("GENERAL_QUESTION/EMAIL");
    assertThat(jdbc.sql("select state from inbound_mails where request_id = (select id from service_requests where reference = :r)")
            .param("r", reference).query(String.class).single())
        .isEqualTo("OPENED");

    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    String taskPath =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> taskLink(anna.get("/staff/tasks?view=service-centre").body(), reference), p -> p != null);
    assertThat(anna.get(taskPath).body()).contains("Saturday before Christmas").contains("GENERAL_QUESTION");
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
}
