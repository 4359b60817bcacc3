package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.tasks.TaskLeaseKeeper;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.watchdog.NoDropWatchdog;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing is dropped, even when someone cancels a journey in the engine by mistake: the request is
 * still open in the ledger, its task is gone, nobody owns it. The watchdog raises it, the process
 * owner gets a mail, and Lena (team lead) finds it on the watchdog's list and takes it over.
 */
@EndToEndTest
class WatchdogJourneyTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CamundaClient engine;
  @Autowired TaskLeaseKeeper leases;
  @Autowired NoDropWatchdog watchdog;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Test
  void aJourneyCancelledInTheEngineIsRaised_theProcessOwnerIsMailed_aTeamLeadTakesItOver() {
    String reference = askAQuestion();
    long jobKey =
        await().atMost(TIMEOUT).until(
            () -> jdbc.sql("SELECT job_key FROM user_tasks WHERE reference = :r AND state = 'OPEN'")
                .param("r", reference).query(Long.class).optional().orElse(null),
            key -> key != null);
    long instance = jdbc.sql("SELECT process_instance_key FROM user_tasks WHERE job_key = :k").param("k", jobKey).query(Long.class).single();

    engine.newCancelInstanceCommand(instance).send().join();
    await().atMost(TIMEOUT).until(() -> !leases.checkNow(jobKey));
    assertThat(taskState(jobKey)).isEqualTo("CANCELLED");

    watchdog.sweep(Instant.now());
    assertThat(openFindings(reference)).as("within the grace period it is not raised yet").isZero();
    watchdog.sweep(Instant.now().plus(Duration.ofMinutes(20)));
    assertThat(openFindings(reference)).isEqualTo(1);

    ImapMailbox paul = ImapMailbox.autoCreated(imapHost, imapPort, "paul@staff.shop.example");
    await().atMost(TIMEOUT).untilAsserted(
        () -> assertThat(paul.messages()).anySatisfy(mail -> {
          assertThat(mail.subject()).isEqualTo("Watchdog: No owner, request " + reference);
          assertThat(mail.text()).contains("/staff/watchdog");
        }));

    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    assertThat(anna.get("/staff/watchdog").status()).as("agents do not see the watchdog").isEqualTo(403);

    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    Page list = lena.get("/staff/watchdog");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains(reference).contains("No owner").contains("no open task");
    String takeOver = takeOverPath(list.body(), reference);

    Page withoutNote = lena.postForm(takeOver, Map.of("note", " "));
    assertThat(withoutNote.status()).isEqualTo(422);
    assertThat(withoutNote.body()).contains("Please say what you did or will do");
    assertThat(openFindings(reference)).isEqualTo(1);

    Page taken = lena.postForm(takeOver, Map.of("note", "Called the customer back and answered her question."));
    assertThat(taken.status()).isEqualTo(200);
    assertThat(taken.body()).contains("You took the finding over");
    assertThat(openFindings(reference)).isZero();
    assertThat(jdbc.sql("SELECT resolved_by FROM watchdog_findings WHERE reference = :r").param("r", reference).query(String.class).single())
        .isEqualTo("lena");

    Page again = lena.postForm(takeOver, Map.of("note", "twice"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("no longer open");
  }

  private String askAQuestion() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/question/new");
    Page status = customer.postMultipart(
        "/requests/question",
        Map.of("name", "Greta Lost", "email", "greta+" + System.nanoTime() + "@example.com", "subject", "Delivery",
            "message", "When will my kitchen chairs be delivered?"),
        null);
    assertThat(status.status()).isEqualTo(200);
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }

  private String taskState(long jobKey) {
    return jdbc.sql("SELECT state FROM user_tasks WHERE job_key = :k").param("k", jobKey).query(String.class).single();
  }

  private long openFindings(String reference) {
    return jdbc.sql("SELECT count(*) FROM watchdog_findings WHERE reference = :r AND resolved_at IS NULL")
        .param("r", reference).query(Long.class).single();
  }

  private static String takeOverPath(String body, String reference) {
    int row = body.indexOf(reference);
    Matcher action = Pattern.compile("action=\"(/staff/watchdog/[0-9a-f-]+/take-over)\"").matcher(body);
    assertThat(action.find(row)).as("a take-over form after " + reference).isTrue();
    return action.group(1);
  }
}
