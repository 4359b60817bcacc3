package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.watchdog.NoDropWatchdog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server is down for longer than the outbox's retry window while a manual goes out: the
 * request is not answered before the mail is delivered, the failed mails are the watchdog's
 * findings, and once the server is back a team lead sends them again in one click; the customer
 * gets each mail once and only then is her request closed.
 */
@EndToEndTest
class MailOutageTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired JavaMailSenderImpl smtp;
  @Autowired NoDropWatchdog watchdog;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Test
  void mailsFailedForLongAreSentAgainInOneClick_andOnlyThenIsTheRequestAnswered() {
    String email = "outage+" + System.nanoTime() + "@example.com";
    int workingPort = smtp.getPort();
    String reference;
    UUID requestId;
    try {
      smtp.setPort(TestInfrastructure.freePort()); // nothing listens there: the mail server is down
      reference = manualRequestAnsweredAutomatically(email);
      requestId = jdbc.sql("SELECT id FROM service_requests WHERE reference = :r").param("r", reference).query(UUID.class).single();

      // the journey sent the manual and waits for its delivery; the request is not answered
      await().atMost(TIMEOUT).until(() -> status(requestId).equals("DELIVERING_ANSWER"));
      await().atMost(TIMEOUT).until(() -> failedAttempts(requestId) >= 2);
      assertThat(new WebSession(port).get(trackingPath(requestId)).body())
          .contains("Our answer is on its way to you by e-mail")
          .doesNotContain("Done");

      // the retry window passes (14 minutes with the default ten attempts): both mails end FAILED
      jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 10, next_attempt_at = now() + interval '1 hour' WHERE request_id = :id")
          .param("id", requestId)
          .update();
      watchdog.sweep(Instant.now());
    } finally {
      smtp.setPort(workingPort); // the mail server is back
    }
    assertThat(openMailFindings(reference)).isEqualTo(2);

    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    Page list = lena.get("/staff/watchdog");
    assertThat(list.body()).contains("Mail failed").contains("Send again now").contains("tried again every 15 minutes");
    for (String action : sendAgainActions(list.body(), reference)) {
      Page sent = lena.postForm(action, Map.of());
      assertThat(sent.status()).isEqualTo(200);
      assertThat(sent.body()).contains("goes out with the next round of the outbox");
    }

    await().atMost(TIMEOUT).until(() -> status(requestId).equals("CLOSED"));
    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(TIMEOUT).untilAsserted(() -> assertThat(inbox.messages()).hasSize(2));
    assertThat(inbox.messages())
        .as("the acknowledgement and the manual, each once")
        .extracting(ImapMailbox.ReceivedMail::subject)
        .containsExactlyInAnyOrder("Your request " + reference + " has been received", "Your manual for KM-5500 (" + reference + ")");
    assertThat(new WebSession(port).get(trackingPath(requestId)).body()).contains("Done");
    watchdog.sweep(Instant.now());
    assertThat(openMailFindings(reference)).as("the findings resolve themselves once the mails are sent").isZero();
    Page again = lena.postForm(sendAgainActionsOfResolved(reference).getFirst(), Map.of());
    assertThat(again.status()).isEqualTo(409);
  }

  private String manualRequestAnsweredAutomatically(String email) {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Olga Outage", "email", email, "customerNumber", "K-100234", "typeNumber", "KM-5500"),
            null);
    assertThat(status.status()).isEqualTo(200);
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }

  private String status(UUID requestId) {
    return jdbc.sql("SELECT status FROM service_requests WHERE id = :id").param("id", requestId).query(String.class).single();
  }

  private int failedAttempts(UUID requestId) {
    return jdbc.sql("SELECT coalesce(min(attempts), 0) FROM mail_outbox WHERE request_id = :id").param("id", requestId).query(Integer.class).single();
  }

  private String trackingPath(UUID requestId) {
    return "/track/" + jdbc.sql("SELECT tracking_token FROM service_requests WHERE id = :id").param("id", requestId).query(String.class).single();
  }

  private long openMailFindings(String reference) {
    return jdbc.sql("SELECT count(*) FROM watchdog_findings WHERE reference = :r AND kind = 'MAIL_FAILED' AND resolved_at IS NULL")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private List<String> sendAgainActionsOfResolved(String reference) {
    return jdbc.sql("SELECT '/staff/watchdog/' || id || '/send-again' FROM watchdog_findings WHERE reference = :r AND kind = 'MAIL_FAILED'")
        .param("r", reference)
        .query(String.class)
        .list();
  }

  private static List<String> sendAgainActions(String body, String reference) {
    List<String> actions = new java.util.ArrayList<>();
    Matcher row = Pattern.compile("<tr id=\"finding-[^\"]+\" data-kind=\"MAIL_FAILED\">.*?</tr>", Pattern.DOTALL).matcher(body);
    while (row.find()) {
      if (row.group().contains(reference)) {
        Matcher action = Pattern.compile("action=\"(/staff/watchdog/[0-9a-f-]+/send-again)\"").matcher(row.group());
        assertThat(action.find()).isTrue();
        actions.add(action.group(1));
      }
    }
    assertThat(actions).as("a send-again form for each failed mail of " + reference).hasSize(2);
    return actions;
  }
}
