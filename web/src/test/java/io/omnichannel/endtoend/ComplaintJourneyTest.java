package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.api.ApiClient;
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
 * The painted van, prevented, end to end on the real broker: a customer complains by e-mail, then
 * again through the shop's API, then in a public post a social-listening tool reports. It stays one
 * case with one reference; every repeated contact raises the task's priority and tells the team lead
 * at once, and the public post tells the process owners too.
 */
@EndToEndTest
class ComplaintJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);

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
  void mailThenApiThenPublicPost_isOneCase_withItsPriorityRaised_andTheLeadAndTheProcessOwnersTold() throws MessagingException {
    String email = "van+" + System.nanoTime() + "@example.com";
    sendMail(email, "Beschwerde: Tisch", "Der Esstisch kam zerkratzt und mit einem kaputten Bein an.");

    String reference =
        await().atMost(JOURNEY_TIMEOUT)
            .until(
                () -> jdbc.sql("select reference from service_requests where contact_email = :e")
                    .param("e", email).query(String.class).optional().orElse(null),
                r -> r != null);
    assertThat(jdbc.sql("select type || '/' || channel from service_requests where reference = :r")
            .param("r", reference).query(String.class).single())
        .isEqualTo("COMPLAINT/EMAIL");
    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    String taskPath =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> taskLink(lena.get("/staff/tasks?view=complaints").body(), reference), p -> p != null);

    // again through the shop's API; the integration's retry counts once
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    String again = ApiClient.json(Map.of("name", "Tom Painter", "email", email, "message", "Two days and no answer about my table!"));
    String key = "van-" + System.nanoTime();
    var byApi = shop.postJson("/api/v1/requests/complaint", again, key);
    var retry = shop.postJson("/api/v1/requests/complaint", again, key);
    assertThat(byApi.status()).isEqualTo(201);
    assertThat(byApi.json().path("reference").asText()).isEqualTo(reference);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().path("reference").asText()).isEqualTo(reference);

    // a public post without its link is refused, nothing written
    ApiClient social = new ApiClient(port, "demo-social-key");
    var noLink = social.postJson("/api/v1/requests/complaint",
        ApiClient.json(Map.of("name", "Tom Painter", "email", email, "message", "See my van.", "channel", "public")));
    assertThat(noLink.status()).isEqualTo(422);
    assertThat(noLink.json().path("errors").path("publicUrl").asText()).isEqualTo("Please give the link to the post or review.");

    var inPublic = social.postJson("/api/v1/requests/complaint", ApiClient.json(Map.of(
        "name", "Tom Painter", "email", email, "channel", "public", "publicUrl", "https://social.example.com/tom/van",
        "message", "I painted it on my van: this shop never answers complaints.")));
    assertThat(inPublic.json().path("reference").asText()).isEqualTo(reference);

    assertThat(jdbc.sql("select count(*) from service_requests where lower(contact_email) = lower(:e)").param("e", email)
            .query(Long.class).single())
        .isEqualTo(1);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(() -> assertThat(lena.get(taskPath).body()).contains("(80)"));

    ImapMailbox lead = ImapMailbox.autoCreated(imapHost, imapPort, "lena@staff.shop.example");
    ImapMailbox processOwner = ImapMailbox.autoCreated(imapHost, imapPort, "paul@staff.shop.example");
    ImapMailbox customer = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(() -> {
      assertThat(lead.messages()).anySatisfy(m -> assertThat(m.subject()).contains(reference).contains("contact #2"));
      assertThat(lead.messages()).anySatisfy(m -> assertThat(m.subject()).contains(reference).contains("contact #3"));
      assertThat(processOwner.messages()).anySatisfy(m -> {
        assertThat(m.subject()).startsWith("Public complaint " + reference);
        assertThat(m.text()).contains("https://social.example.com/tom/van");
      });
      assertThat(customer.messages()).anySatisfy(m -> assertThat(m.subject()).contains(reference).contains("we have your message"));
    });
    assertThat(lead.messages()).filteredOn(m -> m.subject().contains("contact #")).hasSize(2);

    String history = lena.get(taskPath).body();
    assertThat(history).contains("Two days and no answer").contains("I painted it on my van");
  }

  @Test
  void staffEnterAPublicPost_withItsLink_andTheTeamLeadAndTheProcessOwnersAreToldAtOnce() {
    String email = "post+" + System.nanoTime() + "@example.com";
    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    Page form = lena.get("/staff/requests/new?type=complaint&channel=PUBLIC");
    assertThat(form.body()).contains("Public post or review").contains("name=\"publicUrl\"");

    Map<String, String> fields = new java.util.HashMap<>(Map.of(
        "channel", "PUBLIC", "type", "COMPLAINT", "name", "Pia Poster", "email", email,
        "message", "Review: two weeks and the torn sofa is still not collected."));
    Page refused = lena.postMultipart("/staff/requests", fields, null);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Please give the link to the post or review.");
    assertThat(jdbc.sql("select count(*) from service_requests where contact_email = :e").param("e", email).query(Long.class).single())
        .isZero();

    fields.put("publicUrl", "https://reviews.example.com/shop/77");
    Page receipt = lena.postMultipart("/staff/requests", fields, null);
    assertThat(receipt.uri().getPath()).isEqualTo("/staff/requests/submitted");
    assertThat(receipt.body()).contains("Public post or review");
    String reference = jdbc.sql("select reference from service_requests where contact_email = :e and channel = 'PUBLIC'")
        .param("e", email).query(String.class).single();

    ImapMailbox processOwner = ImapMailbox.autoCreated(imapHost, imapPort, "paul@staff.shop.example");
    ImapMailbox lead = ImapMailbox.autoCreated(imapHost, imapPort, "lena@staff.shop.example");
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(() -> {
      assertThat(processOwner.messages()).anySatisfy(m -> {
        assertThat(m.subject()).startsWith("Public complaint " + reference);
        assertThat(m.text()).contains("https://reviews.example.com/shop/77");
      });
      assertThat(lead.messages()).anySatisfy(m -> assertThat(m.subject()).startsWith("Public complaint " + reference));
    });
  }

  private void sendMail(String from, String subject, String text) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", smtpHost);
    properties.put("mail.smtp.port", String.valueOf(smtpPort));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(intakeMailbox));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row = Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    return row.find() ? row.group(1) : null;
  }
}
