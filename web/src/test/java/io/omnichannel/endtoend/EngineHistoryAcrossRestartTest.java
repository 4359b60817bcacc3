package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.history.EngineHistory;
import io.omnichannel.history.HistoryViews.Instance;
import io.omnichannel.history.HistoryViews.InstanceHistory;
import io.omnichannel.history.HistoryViews.Step;
import io.omnichannel.runtime.EmbeddedRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's history, written by the exporter that the real embedded broker loads, across a
 * broker restart in the middle of two journeys: a manual request that waits in the service
 * centre's queue while the broker restarts and is answered after, and one the automation finished
 * on its own before the restart (whose records the restarted broker delivers again). Every element instance of their process instances is in the history exactly once,
 * with its end; every record of those elements was written exactly once (no record lost, none
 * doubled, though the broker delivers records again after its restart); the instances are
 * COMPLETED with their request's reference.
 */
@EndToEndTest
class EngineHistoryAcrossRestartTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedRuntime runtime;
  @Autowired EngineHistory history;
  @Autowired CamundaClient camunda;

  @Test
  void everyElementOfTwoJourneysIsInTheHistoryExactlyOnce_acrossABrokerRestart() {
    QueuedTask waiting = QueuedTask.raise(port, jdbc, "Hanna History");
    String automatic = submitManualRequestTheAutomationFinishes();
    long waitingInstance = waiting.processInstanceKey();
    await().atMost(TIMEOUT).until(() -> waitsInTheHistoryAtAUserTask(waitingInstance));
    // finished before the restart: the broker delivers its records again after it, to be skipped
    await().atMost(TIMEOUT).until(() -> completedInstancesOf(automatic), list -> !list.isEmpty());

    Instant restart = Instant.now();
    runtime.stopBroker();
    runtime.startBroker();
    // the client's channel reconnects with a back-off of its own: the answer is sent once it has
    await().atMost(TIMEOUT).ignoreExceptions().until(
        () -> camunda.newTopologyRequest().send().join(5, TimeUnit.SECONDS).getBrokers().stream()
            .flatMap(broker -> broker.getPartitions().stream())
            .anyMatch(partition -> partition.isLeader() && partition.getHealth() == PartitionBrokerHealth.HEALTHY));

    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    anna.get("/staff/tasks/" + waiting.jobKey());
    Page done = anna.postForm("/staff/tasks/" + waiting.jobKey() + "/complete",
        Map.of("decision", "ANSWER", "answerText", "The HB-12 has no separate manual; its box insert is the manual."));
    assertThat(done.status()).isEqualTo(200);

    List<Instance> instances = await().atMost(TIMEOUT).until(
        () -> completedInstancesOf(waiting.reference(), automatic), list -> list.size() >= 2);

    assertThat(instances).extracting(Instance::requestReference).contains(waiting.reference(), automatic);
    for (Instance instance : instances) {
      InstanceHistory found = history.instance(instance.processInstanceKey()).orElseThrow();
      assertThat(found.instance().state()).isEqualTo("COMPLETED");
      assertThat(found.path()).isNotEmpty().allSatisfy(step -> {
        assertThat(step.endedAt()).as("%s ended", step.elementId()).isNotNull();
        assertThat(step.state()).as("%s", step.elementId()).isIn("COMPLETED", "TERMINATED");
        assertThat(recordsOf(step)).as("the records of %s, each once", step.elementId())
            .containsEntry("ELEMENT_ACTIVATING", 1L)
            .containsEntry(step.state().equals("COMPLETED") ? "ELEMENT_COMPLETED" : "ELEMENT_TERMINATED", 1L)
            .allSatisfy((intent, count) -> assertThat(count).as(intent).isEqualTo(1L));
      });
      assertThat(found.path()).extracting(Step::elementType).contains("PROCESS", "START_EVENT", "END_EVENT");
      assertThat(found.variables()).anySatisfy(variable -> assertThat(variable.name()).isEqualTo("reference"));
    }

    InstanceHistory answered = history.instance(waitingInstance).orElseThrow();
    assertThat(answered.path())
        .as("the staff task was entered before the restart and left after it")
        .anySatisfy(step -> {
          assertThat(step.elementType()).isEqualTo("USER_TASK");
          assertThat(step.startedAt()).isBefore(restart);
          assertThat(step.endedAt()).isAfter(restart);
        });
    assertThat(answered.jobs()).anySatisfy(job -> {
      assertThat(job.jobKey()).isEqualTo(waiting.jobKey());
      assertThat(job.state()).isEqualTo("COMPLETED");
    });
    assertThat(jdbc.sql("SELECT count(*) FROM history_records r JOIN history_exporter_position p"
            + " ON p.partition_id = r.partition_id WHERE r.position > p.position").query(Long.class).single())
        .as("nothing written beyond the stored position").isZero();
  }

  private boolean waitsInTheHistoryAtAUserTask(long processInstanceKey) {
    return history.instance(processInstanceKey)
        .map(found -> found.path().stream()
            .anyMatch(step -> step.elementType().equals("USER_TASK") && step.state().equals("ACTIVE")))
        .orElse(false);
  }

  private List<Instance> completedInstancesOf(String... references) {
    return java.util.Arrays.stream(references)
        .flatMap(reference -> history.instancesOfRequest(reference).stream())
        .filter(instance -> instance.state().equals("COMPLETED"))
        .toList();
  }

  /** How often each intent of the element instance's records was written. */
  private Map<String, Long> recordsOf(Step step) {
    Map<String, Long> counts = new java.util.HashMap<>();
    jdbc.sql("SELECT intent, count(*) FROM history_records WHERE record_key = ? AND value_type = 'PROCESS_INSTANCE'"
            + " AND intent LIKE 'ELEMENT_%' GROUP BY intent")
        .param(step.elementInstanceKey())
        .query((row, n) -> counts.put(row.getString(1), row.getLong(2)))
        .list();
    return counts;
  }

  private String submitManualRequestTheAutomationFinishes() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status = customer.postMultipart("/requests/manual",
        Map.of("name", "Maria Keller", "email", "maria.history+" + System.nanoTime() + "@example.com",
            "customerNumber", "K-100234", "typeNumber", "KM-5500", "message", "The printed manual is far too thin."),
        null);
    assertThat(status.status()).isEqualTo(200);
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).as("a reference on the status page").isTrue();
    return matcher.group();
  }
}
