package io.omnichannel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.history.HistoryViews.DefinitionSelector;
import io.omnichannel.history.HistoryViews.ElementFigures;
import io.omnichannel.history.HistoryViews.InstanceHistory;
import io.omnichannel.history.HistoryViews.Step;
import io.omnichannel.history.HistoryViews.WaitingInstance;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's history as the console reads it, on real PostgreSQL (V31), from rows as the exporter
 * writes them: two versions of one model, instances waiting, done and failed.
 */
class EngineHistoryTest extends ServiceCoreTest {

  private static final AtomicLong KEYS = new AtomicLong(System.nanoTime() / 1000);
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @Autowired EngineHistory history;
  @Autowired JdbcClient jdbc;

  private String processId;
  private long version1;
  private long version2;

  @BeforeEach
  void twoVersionsOfAModel() {
    processId = "complaint-" + unique();
    version1 = definition(1, MONDAY.minusSeconds(86_400));
    version2 = definition(2, MONDAY);
  }

  @Test
  void perElement_waitingNow_completedInThePeriod_andOpenIncidents_ofOneVersionOrAll() {
    long ada = instance(version1, 1, "SR-2026-100001", "ACTIVE");
    element(ada, version1, 1, "UserTask_Answer", "USER_TASK", "ACTIVE", MONDAY.plusSeconds(60), null);
    element(ada, version1, 1, "ServiceTask_Verify", "SERVICE_TASK", "COMPLETED", MONDAY, MONDAY.plusSeconds(30));
    long ben = instance(version2, 2, "SR-2026-100002", "ACTIVE");
    element(ben, version2, 2, "UserTask_Answer", "USER_TASK", "ACTIVE", MONDAY.plusSeconds(120), null);
    long failing = element(ben, version2, 2, "ServiceTask_SendMail", "SERVICE_TASK", "ACTIVE", MONDAY.plusSeconds(10), null);
    incident(ben, failing, "ServiceTask_SendMail", "ACTIVE");
    element(ben, version2, 2, "ServiceTask_Verify", "SERVICE_TASK", "COMPLETED", MONDAY, MONDAY.plusSeconds(5));
    element(ben, version2, 2, "ServiceTask_Verify", "SERVICE_TASK", "COMPLETED", MONDAY, MONDAY.plusSeconds(86_400 * 3));

    Map<String, ElementFigures> all = history.elementFigures(
        DefinitionSelector.allVersions(processId), MONDAY, MONDAY.plusSeconds(86_400));
    Map<String, ElementFigures> second = history.elementFigures(
        DefinitionSelector.version(processId, 2), MONDAY, MONDAY.plusSeconds(86_400));

    assertThat(all.values()).extracting(ElementFigures::counts).containsExactly(
        new ElementFigures("ServiceTask_SendMail", 1, 0, 1),
        new ElementFigures("ServiceTask_Verify", 0, 2, 0),
        new ElementFigures("UserTask_Answer", 2, 0, 0));
    assertThat(second.values()).extracting(ElementFigures::counts).containsExactly(
        new ElementFigures("ServiceTask_SendMail", 1, 0, 1),
        new ElementFigures("ServiceTask_Verify", 0, 1, 0),
        new ElementFigures("UserTask_Answer", 1, 0, 0));
    assertThat(all.get("UserTask_Answer").waitingSince()).as("the one waiting longest").isEqualTo(MONDAY.plusSeconds(60));
    assertThat(all.get("ServiceTask_Verify").medianTimeInPeriod()).as("30 s and 5 s").isEqualTo(java.time.Duration.ofMillis(17_500));
    assertThat(all.get("ServiceTask_Verify").waitingSince()).isNull();
    assertThat(all.get("UserTask_Answer").medianTimeInPeriod()).isNull();
  }

  @Test
  void theInstancesWaitingAtAnElement_longestWaitingFirst_withTheirRequest() {
    long ada = instance(version1, 1, "SR-2026-200001", "ACTIVE");
    element(ada, version1, 1, "UserTask_Answer", "USER_TASK", "ACTIVE", MONDAY.plusSeconds(600), null);
    long ben = instance(version2, 2, "SR-2026-200002", "ACTIVE");
    element(ben, version2, 2, "UserTask_Answer", "USER_TASK", "ACTIVE", MONDAY.plusSeconds(60), null);
    long done = instance(version2, 2, "SR-2026-200003", "COMPLETED");
    element(done, version2, 2, "UserTask_Answer", "USER_TASK", "COMPLETED", MONDAY, MONDAY.plusSeconds(30));

    assertThat(history.waitingAt(DefinitionSelector.allVersions(processId), "UserTask_Answer", 10))
        .extracting(WaitingInstance::requestReference, WaitingInstance::since, WaitingInstance::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SR-2026-200002", MONDAY.plusSeconds(60), 2),
            org.assertj.core.groups.Tuple.tuple("SR-2026-200001", MONDAY.plusSeconds(600), 1));
    assertThat(history.waitingAt(DefinitionSelector.version(processId, 1), "UserTask_Answer", 10))
        .extracting(WaitingInstance::processInstanceKey).containsExactly(ada);
    assertThatThrownBy(() -> history.waitingAt(DefinitionSelector.version(processId, 1), "UserTask_Answer", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneInstance_itsPathInOrder_variables_incidentsAndJobs() {
    long pi = instance(version2, 2, "SR-2026-300001", "COMPLETED");
    element(pi, version2, 2, "StartEvent_Received", "START_EVENT", "COMPLETED", MONDAY, MONDAY);
    long send = element(pi, version2, 2, "ServiceTask_SendMail", "SERVICE_TASK", "COMPLETED", MONDAY.plusSeconds(1), MONDAY.plusSeconds(90));
    element(pi, version2, 2, "EndEvent_Done", "END_EVENT", "COMPLETED", MONDAY.plusSeconds(91), MONDAY.plusSeconds(91));
    incident(pi, send, "ServiceTask_SendMail", "RESOLVED");
    long job = KEYS.incrementAndGet();
    jdbc.sql("""
            INSERT INTO history_jobs (job_key, process_instance_key, element_instance_key, element_id, job_type, state,
              retries, worker, error_message, created_at, updated_at, last_position)
            VALUES (?, ?, ?, 'ServiceTask_SendMail', 'send-mail', 'COMPLETED', 1, 'mail-worker', null, ?, ?, 1)""")
        .params(job, pi, send, Timestamp.from(MONDAY.plusSeconds(1)), Timestamp.from(MONDAY.plusSeconds(90))).update();
    jdbc.sql("""
            INSERT INTO history_variables (scope_key, name, process_instance_key, value, truncated, updated_at, last_position)
            VALUES (?, 'reference', ?, '"SR-2026-300001"', false, ?, 1)""")
        .params(pi, pi, Timestamp.from(MONDAY)).update();

    InstanceHistory found = history.instance(pi).orElseThrow();

    assertThat(found.instance().requestReference()).isEqualTo("SR-2026-300001");
    assertThat(found.instance().state()).isEqualTo("COMPLETED");
    assertThat(found.path()).extracting(Step::elementId)
        .as("the instance itself first, then its elements as they started")
        .containsExactly(processId, "StartEvent_Received", "ServiceTask_SendMail", "EndEvent_Done");
    assertThat(found.path().get(2).endedAt()).isEqualTo(MONDAY.plusSeconds(90));
    assertThat(found.variables()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("\"SR-2026-300001\""));
    assertThat(found.incidents()).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo("RESOLVED"));
    assertThat(found.jobs()).singleElement().satisfies(j -> {
      assertThat(j.worker()).isEqualTo("mail-worker");
      assertThat(j.retries()).isEqualTo(1);
    });
    assertThat(history.instancesOfRequest("SR-2026-300001")).extracting(HistoryViews.Instance::processInstanceKey).containsExactly(pi);
    assertThat(history.instance(-42)).isEmpty();
  }

  @Test
  void theDefinitionsKnown_newestVersionFirst() {
    assertThat(history.definitions())
        .filteredOn(definition -> definition.bpmnProcessId().equals(processId))
        .extracting(HistoryViews.Definition::key)
        .containsExactly(version2, version1);
  }

  @Test
  void aPeriodMustRunForward_andAProcessIdIsRequired() {
    assertThatThrownBy(() -> history.elementFigures(DefinitionSelector.allVersions(processId), MONDAY, MONDAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    assertThatThrownBy(() -> DefinitionSelector.allVersions(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  private long definition(int version, Instant deployedAt) {
    long key = KEYS.incrementAndGet();
    jdbc.sql("""
            INSERT INTO history_process_definitions (process_definition_key, bpmn_process_id, version, resource_name,
              deployed_at, last_position) VALUES (?, ?, ?, ?, ?, 1)""")
        .params(key, processId, version, processId + ".bpmn", Timestamp.from(deployedAt)).update();
    return key;
  }

  private long instance(long definitionKey, int version, String reference, String state) {
    long key = KEYS.incrementAndGet();
    jdbc.sql("""
            INSERT INTO history_process_instances (process_instance_key, process_definition_key, bpmn_process_id, version,
              request_reference, state, started_at, last_position) VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
        .params(key, definitionKey, processId, version, reference, state, Timestamp.from(MONDAY)).update();
    element(key, key, definitionKey, version, processId, "PROCESS", state, MONDAY, null);
    return key;
  }

  private long element(long instance, long definitionKey, int version, String elementId, String type, String state, Instant started, Instant ended) {
    long key = KEYS.incrementAndGet();
    element(key, instance, definitionKey, version, elementId, type, state, started, ended);
    return key;
  }

  private void element(long key, long instance, long definitionKey, int version, String elementId, String type, String state, Instant started, Instant ended) {
    jdbc.sql("""
            INSERT INTO history_element_instances (element_instance_key, process_instance_key, process_definition_key,
              bpmn_process_id, version, element_id, element_type, flow_scope_key, state, started_at, ended_at, last_position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
        .params(key, instance, definitionKey, processId, version, elementId, type, instance, state,
            Timestamp.from(started), ended == null ? null : Timestamp.from(ended))
        .update();
  }

  private void incident(long instance, long elementInstance, String elementId, String state) {
    jdbc.sql("""
            INSERT INTO history_incidents (incident_key, process_instance_key, element_instance_key, element_id,
              error_type, error_message, state, created_at, resolved_at, last_position)
            VALUES (?, ?, ?, ?, 'JOB_NO_RETRIES', 'mail server refused', ?, ?, ?, 1)""")
        .params(KEYS.incrementAndGet(), instance, elementInstance, elementId, state, Timestamp.from(MONDAY),
            state.equals("RESOLVED") ? Timestamp.from(MONDAY.plusSeconds(60)) : null)
        .update();
  }
}
