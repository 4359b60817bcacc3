package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.watchdog.NoDropWatchdog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console's instance view on the real broker and the exporter's history: a step fails until its
 * cause is fixed; a retry before the fix fails again and says so, a retry after it resumes the
 * instance and says so; a batch retry touches exactly the incidents selected; a journey cancelled
 * with a reason leaves its request to the watchdog.
 */
@EndToEndTest
class InstanceConsoleJourneyTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String DRILL = "console-retry-drill";
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired CamundaClient engine;
  @Autowired JdbcClient jdbc;
  @Autowired NoDropWatchdog watchdog;

  @Test
  void aRetryBeforeTheFixFailsAgain_aRetryAfterItResumes_onlyTheSelectedIncidentsAreRetried() {
    BpmnModelInstance drill = Bpmn.createExecutableProcess(DRILL)
        .startEvent("Start")
        .serviceTask("Step_Fragile", task -> task.zeebeJobType(DRILL).zeebeJobRetries("1"))
        .endEvent("End")
        .done();
    engine.newDeployResourceCommand().addProcessModel(drill, DRILL + ".bpmn").send().join();
    AtomicBoolean fixed = new AtomicBoolean(false);
    try (JobWorker worker = engine.newWorker().jobType(DRILL).handler((client, job) -> {
          if (fixed.get()) {
            client.newCompleteCommand(job).send().join();
          } else {
            client.newFailCommand(job).retries(0).errorMessage("the stock service answered 503").send().join();
          }
        }).open()) {
      long first = start("DRILL-" + System.nanoTime());
      long second = start("DRILL-" + System.nanoTime());
      long firstIncident = awaitActiveIncident(first, null);
      long secondIncident = awaitActiveIncident(second, null);

      WebSession paul = new WebSession(port);
      paul.signIn("paul", "demo");
      Page list = paul.get("/staff/console/incidents");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.body()).contains("select-" + firstIncident).contains("select-" + secondIncident)
          .contains("the stock service answered 503");

      Page retried = paul.postFormFields("/staff/console/incidents/retry",
          List.of(Map.entry("incident", String.valueOf(firstIncident))));
      assertThat(retried.status()).isEqualTo(200);
      assertThat(retried.body()).contains(firstIncident + ": retry sent");
      long failedAgain = awaitActiveIncident(first, firstIncident);
      assertThat(incidentState(secondIncident)).as("not selected, not retried").isEqualTo("ACTIVE");
      await().atMost(TIMEOUT).untilAsserted(() -> assertThat(paul.get("/staff/console/instances/" + first).body())
          .contains("data-outcome=\"FAILED_AGAIN\""));

      fixed.set(true);
      Page resumed = paul.postForm("/staff/console/instances/" + first + "/incidents/" + failedAgain + "/retry", Map.of());
      assertThat(resumed.status()).isEqualTo(200);
      assertThat(resumed.body()).contains("Retry sent");
      await().atMost(TIMEOUT).until(() -> "COMPLETED".equals(instanceState(first)));
      Page view = paul.get("/staff/console/instances/" + first);
      assertThat(view.body()).contains("data-outcome=\"SUCCEEDED\"").contains("data-outcome=\"FAILED_AGAIN\"")
          .contains("data-element=\"Step_Fragile\" data-state=\"COMPLETED\"");
      assertThat(incidentState(secondIncident)).isEqualTo("ACTIVE");

      Page stale = paul.postFormFields("/staff/console/incidents/retry",
          List.of(Map.entry("incident", String.valueOf(firstIncident)), Map.entry("incident", String.valueOf(secondIncident))));
      assertThat(stale.body()).contains(firstIncident + ": already resolved").contains(secondIncident + ": retry sent");
      await().atMost(TIMEOUT).until(() -> "COMPLETED".equals(instanceState(second)));
      assertThat(jdbc.sql("SELECT count(*) FROM console_audit WHERE area = 'instance' AND subject IN (:a, :b) AND username = 'paul'")
          .param("a", String.valueOf(first)).param("b", String.valueOf(second)).query(Long.class).single())
          .as("three retries sent, each audited with the user").isEqualTo(3);

      WebSession lena = new WebSession(port);
      lena.signIn("lena", "demo");
      assertThat(lena.get("/staff/console/incidents").status()).isEqualTo(403);
      assertThat(lena.get("/staff/console/instances/" + first).status()).isEqualTo(403);
    }
  }

  @Test
  void aJourneyCancelledWithAReasonLeavesTheListsAndIsTheWatchdogs() {
    String reference = askAQuestion();
    long instance = await().atMost(TIMEOUT).until(
        () -> jdbc.sql("SELECT process_instance_key FROM history_process_instances WHERE request_reference = :r")
            .param("r", reference).query(Long.class).optional().orElse(null),
        key -> key != null);
    await().atMost(TIMEOUT).until(() -> jdbc.sql("SELECT count(*) FROM user_tasks WHERE reference = :r AND state = 'OPEN'")
        .param("r", reference).query(Long.class).single() == 1);

    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    int version = jdbc.sql("SELECT version FROM history_process_instances WHERE process_instance_key = :k")
        .param("k", instance).query(Integer.class).single();
    Page where = paul.get("/staff/console/models/customer-request?version=" + version);
    assertThat(where.status()).isEqualTo(200);
    assertThat(waitingAt(where.body(), "UserTask_HandleCustomerRequest")).as("the overlay's table").isPositive();
    Page figures = paul.get("/staff/console/models/customer-request/figures?version=" + version);
    assertThat(figures.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(figures.body()).contains("\"UserTask_HandleCustomerRequest\":{\"elementId\":\"UserTask_HandleCustomerRequest\",\"waitingNow\":");
    Page waiting = paul.get("/staff/console/models/customer-request/elements/UserTask_HandleCustomerRequest?version=" + version);
    assertThat(waiting.body()).contains(reference).contains("href=\"/staff/console/instances/" + instance + "\"");
    Page found = paul.get("/staff/console/instances?reference=" + reference);
    assertThat(found.uri().getPath()).isEqualTo("/staff/console/instances/" + instance);
    assertThat(found.body()).contains(reference).contains("customer-request").contains("id=\"variables\"");

    Page withoutReason = paul.postForm("/staff/console/instances/" + instance + "/cancel", Map.of("reason", "  "));
    assertThat(withoutReason.status()).isEqualTo(422);
    assertThat(withoutReason.body()).contains("Please give the reason");
    assertThat(instanceState(instance)).isEqualTo("ACTIVE");

    Page cancelled = paul.postForm("/staff/console/instances/" + instance + "/cancel",
        Map.of("reason", "Duplicate of a request the customer made by phone."));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body()).contains("Cancelled. The request has no owner now");
    assertThat(jdbc.sql("SELECT state FROM user_tasks WHERE reference = :r").param("r", reference).query(String.class).single())
        .as("the task left the lists at once").isEqualTo("CANCELLED");
    await().atMost(TIMEOUT).until(() -> "TERMINATED".equals(instanceState(instance)));
    assertThat(jdbc.sql("""
            SELECT count(*) FROM request_events e JOIN service_requests r ON r.id = e.request_id
            WHERE r.reference = :r AND e.kind = 'INSTANCE_CANCELLED' AND e.actor = 'paul'""")
        .param("r", reference).query(Long.class).single()).isEqualTo(1);

    watchdog.sweep(Instant.now().plus(Duration.ofMinutes(20)));
    assertThat(jdbc.sql("SELECT count(*) FROM watchdog_findings WHERE reference = :r AND resolved_at IS NULL")
        .param("r", reference).query(Long.class).single()).isEqualTo(1);
  }

  /** The "waiting now" figure of an element in the table beneath the diagram. */
  private static long waitingAt(String body, String elementId) {
    Matcher row = Pattern.compile("data-element=\"" + elementId + "\">.*?<td class=\"waiting\">(\\d+)</td>", Pattern.DOTALL).matcher(body);
    assertThat(row.find()).as("a row for " + elementId).isTrue();
    return Long.parseLong(row.group(1));
  }

  private long start(String reference) {
    return engine.newCreateInstanceCommand().bpmnProcessId(DRILL).latestVersion()
        .variables(Map.of("reference", reference)).send().join().getProcessInstanceKey();
  }

  /** The open incident of an instance, other than {@code not}, once the exporter has written it. */
  private long awaitActiveIncident(long instance, Long not) {
    return await().atMost(TIMEOUT).until(
        () -> jdbc.sql("""
                SELECT incident_key FROM history_incidents
                WHERE process_instance_key = :i AND state = 'ACTIVE' AND incident_key <> :not""")
            .param("i", instance).param("not", not == null ? -1L : not).query(Long.class).optional().orElse(null),
        key -> key != null);
  }

  private String incidentState(long incident) {
    return jdbc.sql("SELECT state FROM history_incidents WHERE incident_key = :k").param("k", incident).query(String.class).single();
  }

  private String instanceState(long instance) {
    return jdbc.sql("SELECT state FROM history_process_instances WHERE process_instance_key = :k")
        .param("k", instance).query(String.class).optional().orElse(null);
  }

  private String askAQuestion() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/question/new");
    Page status = customer.postMultipart(
        "/requests/question",
        Map.of("name", "Olga Cancelled", "email", "olga+" + System.nanoTime() + "@example.com", "subject", "Delivery",
            "message", "Where are my kitchen chairs?"),
        null);
    assertThat(status.status()).isEqualTo(200);
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }
}
