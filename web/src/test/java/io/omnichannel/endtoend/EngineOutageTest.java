package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.runtime.EmbeddedRuntime;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

/**
 * The engine is stopped while customers submit: intake still accepts (and says so), the process
 * starts wait in the outbox, and once the engine is back every request's process runs exactly once;
 * a broker killed outright is started again by the application on its own.
 * Its own application and broker (it stops the broker), closed after the class.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "orchestrator.embedded.enabled=true",
      "orchestrator.data-dir=target/engine-outage-data",
      // retry the outbox every two seconds at most, so the test does not wait out the production cap of a minute
      "orchestrator.outbox.max-retry=2s",
      "orchestrator.demo-data.enabled=true",
      "orchestrator.embedded.postgres.port=0",
      "orchestrator.embedded.mail.smtp-port=0",
      "orchestrator.embedded.mail.imap-port=0",
      "orchestrator.embedded.zeebe.gateway-port=0",
      "orchestrator.embedded.zeebe.command-port=0",
      "orchestrator.embedded.zeebe.internal-port=0",
      "orchestrator.embedded.zeebe.rest-port=0",
      "orchestrator.embedded.zeebe.management-port=0"
    })
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
@Order(1) // before the shared end-to-end application starts: see junit-platform.properties
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineOutageTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedRuntime runtime;
  @Autowired HealthEndpoint health;

  private record Submitted(String reference, String email, String trackingPath, String confirmation) {}

  @Test
  void requestsAcceptedWhileTheEngineIsDownRunExactlyOnceWhenItIsBack() {
    runtime.stopBroker();
    assertThat(runtime.brokerRunning()).isFalse();

    List<Submitted> submitted = new ArrayList<>();
    submitted.add(submit("Ada Outage"));
    // the first publish fails, so the outbox knows the engine is unreachable
    await().atMost(TIMEOUT).untilAsserted(
        () -> assertThat(outboxRow(submitted.getFirst().reference()))
            .satisfies(row -> {
              assertThat(row.dispatchedAt()).isNull();
              assertThat(row.attempts()).isPositive();
              assertThat(row.lastError()).isNotBlank();
            }));
    submitted.add(submit("Ben Outage"));
    submitted.add(submit("Cleo Outage"));

    for (Submitted request : submitted) {
      assertThat(request.reference()).matches(REFERENCE);
      assertThat(request.confirmation()).contains("We have your request and sent a confirmation");
      assertThat(outboxRow(request.reference()).dispatchedAt()).isNull();
      assertThat(new WebSession(port).get(request.trackingPath()).body()).contains("Received — we are starting on it");
    }
    // said honestly once the outbox has seen the engine fail
    assertThat(submitted.subList(1, 3))
        .allSatisfy(request -> assertThat(request.confirmation()).contains("processing will start in a moment"));
    assertThat(jdbc.sql("SELECT count(*) FROM user_tasks WHERE reference IN (:refs)")
            .param("refs", references(submitted)).query(Long.class).single())
        .isZero();

    runtime.startBroker();
    assertThat(runtime.brokerRunning()).isTrue();

    for (Submitted request : submitted) {
      await().atMost(TIMEOUT).untilAsserted(
          () -> assertThat(outboxRow(request.reference()).dispatchedAt()).isNotNull());
      // a question waits in a staff task: the process ran up to there
      await().atMost(TIMEOUT).untilAsserted(
          () -> assertThat(userTaskInstances(request.reference())).isEqualTo(1));
      ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, request.email());
      String ackSubject = "Your request " + request.reference() + " has been received";
      await().atMost(TIMEOUT).untilAsserted(
          () -> assertThat(inbox.messages()).anyMatch(mail -> mail.subject().equals(ackSubject)));
      assertThat(inbox.messages()).filteredOn(mail -> mail.subject().equals(ackSubject)).hasSize(1);
    }
    for (Submitted request : submitted) {
      assertThat(userTaskInstances(request.reference())).isEqualTo(1);
      assertThat(jdbc.sql("SELECT count(*) FROM process_outbox o JOIN service_requests r ON r.id = o.request_id"
                  + " WHERE r.reference = :ref")
              .param("ref", request.reference()).query(Long.class).single())
          .isEqualTo(1);
    }
  }

  @Test
  void aBrokerThatIsKilledIsStartedAgainOnItsOwn_andTheRequestTakenMeanwhileRuns() {
    long killed = runtime.brokerPid();
    assertThat(killed).isPositive();

    ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9
    await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> brokerHealth().getStatus().equals(Status.DOWN));
    assertThat(brokerHealth().getDetails()).containsEntry("state", "restarting").containsKeys("lastExit", "nextAttemptAt");
    Submitted duringTheRestart = submit("Dora Restart");

    await().atMost(TIMEOUT).until(() -> runtime.brokerRunning() && runtime.brokerPid() != killed);
    await().atMost(TIMEOUT).untilAsserted(() -> assertThat(userTaskInstances(duringTheRestart.reference())).isEqualTo(1));
    Health health = brokerHealth();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat((Integer) health.getDetails().get("restarts")).isGreaterThanOrEqualTo(1);
  }

  private Health brokerHealth() {
    return (Health) health.healthForPath("embeddedBroker");
  }

  @AfterAll
  void brokerRunsForTheContextToClose() {
    if (!runtime.brokerRunning()) {
      runtime.startBroker();
    }
  }

  private Submitted submit(String name) {
    String email = "outage+" + System.nanoTime() + "@example.com";
    WebSession customer = new WebSession(port);
    customer.get("/requests/question/new");
    Page page =
        customer.postMultipart(
            "/requests/question",
            Map.of("name", name, "email", email, "subject", "Opening hours",
                "message", "Is your shop open on the Saturday before Christmas?"),
            null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).startsWith("/track/");
    Matcher matcher = REFERENCE.matcher(page.body());
    assertThat(matcher.find()).as("reference on the confirmation").isTrue();
    return new Submitted(matcher.group(), email, page.uri().getPath(), page.body());
  }

  private record OutboxRow(java.time.OffsetDateTime dispatchedAt, int attempts, String lastError) {}

  private OutboxRow outboxRow(String reference) {
    return jdbc.sql("SELECT o.dispatched_at, o.attempts, o.last_error FROM process_outbox o"
            + " JOIN service_requests r ON r.id = o.request_id WHERE r.reference = :ref")
        .param("ref", reference)
        .query(OutboxRow.class)
        .single();
  }

  private long userTaskInstances(String reference) {
    return jdbc.sql("SELECT count(DISTINCT process_instance_key) FROM user_tasks WHERE reference = :ref")
        .param("ref", reference)
        .query(Long.class)
        .single();
  }

  private static List<String> references(List<Submitted> submitted) {
    return submitted.stream().map(Submitted::reference).toList();
  }
}
