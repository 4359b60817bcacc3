package io.omnichannel.historyexporter;

import static io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_ACTIVATED;
import static io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_ACTIVATING;
import static io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_COMPLETED;
import static io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_COMPLETING;
import static io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.ELEMENT_TERMINATED;
import static io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessMessageSubscriptionIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exporter against a real PostgreSQL with the application's migrations, driven as the broker
 * drives it: configure, open, export in log order, scheduled flushes, close and open again.
 */
class HistoryExporterTest {

  private static final String MIGRATIONS = "filesystem:../workers/src/main/resources/db/migration";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private String url;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshDatabase() throws SQLException {
    url = newDatabase();
    migrate(url);
  }

  @Test
  void aJourneysRecordsBecomeItsHistory_elementsWithStartAndEnd_incidentJobTimerSubscriptionAndReference() throws SQLException {
    var broker = new FakeBroker(1, args(url));
    var exporter = opened(broker);
    var records = new TestRecords(1, 100, 2251799813685249L, 2251799813685300L);
    long pi = records.processInstanceKey;

    export(exporter, records.deployed(1));
    export(exporter, records.process(ELEMENT_ACTIVATING));
    export(exporter, records.process(ELEMENT_ACTIVATED));
    export(exporter, records.variable(pi, "reference", "\"SR-2026-000042\"", VariableIntent.CREATED));
    export(exporter, records.variable(pi, "typeNumber", "\"KM-5500\"", VariableIntent.CREATED));
    export(exporter, records.element(301, "StartEvent_Received", BpmnElementType.START_EVENT, pi, ELEMENT_ACTIVATING));
    export(exporter, records.element(301, "StartEvent_Received", BpmnElementType.START_EVENT, pi, ELEMENT_COMPLETED));
    export(exporter, records.element(302, "Flow_1", BpmnElementType.SEQUENCE_FLOW, pi, SEQUENCE_FLOW_TAKEN));
    export(exporter, records.element(303, "ServiceTask_SendManual", BpmnElementType.SERVICE_TASK, pi, ELEMENT_ACTIVATING));
    export(exporter, records.element(303, "ServiceTask_SendManual", BpmnElementType.SERVICE_TASK, pi, ELEMENT_ACTIVATED));
    export(exporter, records.job(304, 303, "ServiceTask_SendManual", JobIntent.CREATED, 3, "", ""));
    export(exporter, records.job(304, 303, "ServiceTask_SendManual", JobIntent.FAILED, 0, "manual-worker", "mail server refused the connection"));
    export(exporter, records.incident(305, 303, "ServiceTask_SendManual", 304, IncidentIntent.CREATED));
    export(exporter, records.job(304, 303, "ServiceTask_SendManual", JobIntent.RETRIES_UPDATED, 1, "manual-worker", ""));
    export(exporter, records.incident(305, 303, "ServiceTask_SendManual", 304, IncidentIntent.RESOLVED));
    export(exporter, records.job(304, 303, "ServiceTask_SendManual", JobIntent.COMPLETED, 1, "manual-worker", ""));
    export(exporter, records.element(303, "ServiceTask_SendManual", BpmnElementType.SERVICE_TASK, pi, ELEMENT_COMPLETING));
    export(exporter, records.element(303, "ServiceTask_SendManual", BpmnElementType.SERVICE_TASK, pi, ELEMENT_COMPLETED));
    export(exporter, records.element(306, "Event_WaitForAnswer", BpmnElementType.RECEIVE_TASK, pi, ELEMENT_ACTIVATING));
    export(exporter, records.subscription(307, 306, "Event_WaitForAnswer", ProcessMessageSubscriptionIntent.CREATED));
    export(exporter, records.element(308, "Timer_Reminder", BpmnElementType.BOUNDARY_EVENT, pi, ELEMENT_ACTIVATING));
    export(exporter, records.timer(309, 306, "Timer_Reminder", TestRecords.START.plusSeconds(3600), TimerIntent.CREATED));
    export(exporter, records.timer(309, 306, "Timer_Reminder", TestRecords.START.plusSeconds(3600), TimerIntent.CANCELED));
    export(exporter, records.subscription(307, 306, "Event_WaitForAnswer", ProcessMessageSubscriptionIntent.CORRELATED));
    export(exporter, records.element(306, "Event_WaitForAnswer", BpmnElementType.RECEIVE_TASK, pi, ELEMENT_TERMINATED));
    export(exporter, records.process(ELEMENT_COMPLETED));
    assertThat(count("history_records")).as("buffered until the flush").isZero();

    broker.runScheduledTasks();

    assertThat(broker.acknowledged).isEqualTo(records.lastPosition());
    assertThat(count("history_records")).isEqualTo(26);
    assertThat(query("SELECT position FROM history_exporter_position WHERE partition_id = 1")).containsExactly(List.of(records.lastPosition()));
    assertThat(query("SELECT bpmn_process_id, version, resource_name FROM history_process_definitions"))
        .containsExactly(List.of("manual-request", 1, "manual-request.bpmn"));
    assertThat(query("SELECT state, request_reference, bpmn_process_id, started_at IS NOT NULL, ended_at > started_at FROM history_process_instances"))
        .containsExactly(List.of("COMPLETED", "SR-2026-000042", "manual-request", true, true));
    assertThat(query("SELECT element_id, element_type, state, ended_at IS NOT NULL FROM history_element_instances ORDER BY started_at, element_instance_key"))
        .containsExactly(
            List.of("manual-request", "PROCESS", "COMPLETED", true),
            List.of("StartEvent_Received", "START_EVENT", "COMPLETED", true),
            List.of("ServiceTask_SendManual", "SERVICE_TASK", "COMPLETED", true),
            List.of("Event_WaitForAnswer", "RECEIVE_TASK", "TERMINATED", true),
            List.of("Timer_Reminder", "BOUNDARY_EVENT", "ACTIVE", false));
    assertThat(query("SELECT state, retries, worker, error_message, job_type FROM history_jobs"))
        .containsExactly(java.util.Arrays.asList("COMPLETED", 1, "manual-worker", null, "send-manual"));
    assertThat(query("SELECT state, element_id, error_type, error_message, resolved_at > created_at FROM history_incidents"))
        .containsExactly(List.of("RESOLVED", "ServiceTask_SendManual", "JOB_NO_RETRIES", "mail server refused the connection", true));
    assertThat(query("SELECT state, element_id FROM history_timers")).containsExactly(List.of("CANCELED", "Timer_Reminder"));
    assertThat(query("SELECT state, message_name, correlation_key FROM history_message_subscriptions"))
        .containsExactly(List.of("CORRELATED", "customer-answered", "SR-2026-000042"));
    assertThat(query("SELECT name, value FROM history_variables ORDER BY name"))
        .containsExactly(List.of("reference", "\"SR-2026-000042\""), List.of("typeNumber", "\"KM-5500\""));
    exporter.close();
  }

  @Test
  void onlyEventsOfTheHistorysValueTypesAreReceived() {
    var broker = new FakeBroker(1, args(url));
    opened(broker);

    assertThat(broker.accepts(RecordType.EVENT, ValueType.PROCESS_INSTANCE)).isTrue();
    assertThat(broker.accepts(RecordType.EVENT, ValueType.VARIABLE)).isTrue();
    assertThat(broker.accepts(RecordType.EVENT, ValueType.USER_TASK)).isTrue();
    assertThat(broker.accepts(RecordType.COMMAND, ValueType.PROCESS_INSTANCE)).isFalse();
    assertThat(broker.accepts(RecordType.COMMAND_REJECTION, ValueType.JOB)).isFalse();
    assertThat(broker.accepts(RecordType.EVENT, ValueType.JOB_BATCH)).isFalse();
    assertThat(broker.accepts(RecordType.EVENT, ValueType.MESSAGE)).isFalse();
    assertThat(broker.accepts(RecordType.EVENT, ValueType.DEPLOYMENT)).isFalse();
    assertThat(broker.accepts(RecordType.EVENT, ValueType.PROCESS_INSTANCE_CREATION)).isFalse();
  }

  @Test
  void recordsDeliveredAgainAfterARestartAreSkipped_andTheNextOnesWrittenOnce() throws SQLException {
    var records = new TestRecords(2, 500, 11, 12);
    List<Record<?>> beforeRestart = List.of(
        records.process(ELEMENT_ACTIVATING),
        records.element(21, "UserTask_Answer", BpmnElementType.USER_TASK, 12, ELEMENT_ACTIVATING),
        records.job(22, 21, "UserTask_Answer", JobIntent.CREATED, 1, "", ""));
    var first = new FakeBroker(2, args(url));
    var exporter = opened(first);
    beforeRestart.forEach(record -> export(exporter, record));
    first.runScheduledTasks();
    exporter.close();
    assertThat(count("history_records")).isEqualTo(3);

    // the broker restarts and knew a lower position than the database: it delivers the records again
    var second = new FakeBroker(2, args(url));
    var restarted = opened(second);
    beforeRestart.forEach(record -> export(restarted, record));
    assertThat(restarted.buffered()).as("skipped, not buffered").isZero();
    export(restarted, records.job(22, 21, "UserTask_Answer", JobIntent.COMPLETED, 1, "tasklist", ""));
    export(restarted, records.element(21, "UserTask_Answer", BpmnElementType.USER_TASK, 12, ELEMENT_COMPLETED));
    export(restarted, records.process(ELEMENT_COMPLETED));
    second.runScheduledTasks();

    assertThat(count("history_records")).isEqualTo(6);
    assertThat(query("SELECT position FROM history_records ORDER BY position"))
        .containsExactly(List.of(500L), List.of(501L), List.of(502L), List.of(503L), List.of(504L), List.of(505L));
    assertThat(query("SELECT state FROM history_element_instances ORDER BY element_instance_key"))
        .containsExactly(List.of("COMPLETED"), List.of("COMPLETED"));
    assertThat(query("SELECT state, worker FROM history_jobs")).containsExactly(List.of("COMPLETED", "tasklist"));
    assertThat(second.acknowledged).isEqualTo(505);
  }

  @Test
  void writingABatchTwiceOrAnOlderRecordAfterANewerOneChangesNothing() throws SQLException {
    var records = new TestRecords(3, 10, 31, 32);
    ExportedRecord activating = ExportedRecord.of(records.element(33, "Task_A", BpmnElementType.SERVICE_TASK, 32, ELEMENT_ACTIVATING), 100);
    ExportedRecord completed = ExportedRecord.of(records.element(33, "Task_A", BpmnElementType.SERVICE_TASK, 32, ELEMENT_COMPLETED), 100);
    try (var writer = new HistoryWriter(HistorySettings.from(args(url)))) {
      writer.write(3, List.of(completed));
      writer.write(3, List.of(activating)); // an older record, after the newer one
      writer.write(3, List.of(activating, completed)); // the same batch again
    }
    assertThat(query("SELECT state, started_at < ended_at, last_position FROM history_element_instances"))
        .containsExactly(List.of("COMPLETED", true, 11L));
    assertThat(count("history_records")).isEqualTo(2);
    assertThat(query("SELECT position FROM history_exporter_position WHERE partition_id = 3")).containsExactly(List.of(11L));
  }

  @Test
  void aFullBatchIsWrittenAtOnce_withoutWaitingForTheTimer() throws SQLException {
    Map<String, Object> args = args(url);
    args.put("batch-size", "3");
    var broker = new FakeBroker(4, args);
    var exporter = opened(broker);
    var records = new TestRecords(4, 1, 41, 42);

    export(exporter, records.process(ELEMENT_ACTIVATING));
    export(exporter, records.process(ELEMENT_ACTIVATED));
    assertThat(count("history_records")).isZero();
    export(exporter, records.element(43, "StartEvent_1", BpmnElementType.START_EVENT, 42, ELEMENT_ACTIVATING));

    assertThat(count("history_records")).isEqualTo(3);
    assertThat(broker.acknowledged).isEqualTo(3);
  }

  @Test
  void aDatabaseNotMigratedYetKeepsTheRecords_andTheBrokersPosition_untilItIs() throws SQLException, InterruptedException {
    String unmigrated = newDatabase();
    Map<String, Object> args = args(unmigrated);
    args.put("maxBuffer", 4);
    args.put("batchSize", 2);
    args.put("maxBackoffMillis", 1);
    var broker = new FakeBroker(5, args);
    var exporter = opened(broker);
    var records = new TestRecords(5, 1, 51, 52);

    export(exporter, records.process(ELEMENT_ACTIVATING));
    export(exporter, records.process(ELEMENT_ACTIVATED));
    export(exporter, records.element(53, "StartEvent_1", BpmnElementType.START_EVENT, 52, ELEMENT_ACTIVATING));
    broker.runScheduledTasks();
    export(exporter, records.element(53, "StartEvent_1", BpmnElementType.START_EVENT, 52, ELEMENT_COMPLETED));
    Record<?> fifth = records.process(ELEMENT_COMPLETING);
    assertThatThrownBy(() -> exporter.export(fifth))
        .as("a full buffer makes the broker offer the record again later")
        .hasMessageContaining("history buffer full");
    assertThat(exporter.buffered()).isEqualTo(4);
    assertThat(broker.acknowledged).as("nothing acknowledged that is not written").isEqualTo(-1);

    migrate(unmigrated);
    Thread.sleep(5); // past the back-off
    exporter.export(fifth); // the broker's retry
    broker.runScheduledTasks();

    assertThat(broker.acknowledged).isEqualTo(5);
    assertThat(query(unmigrated, "SELECT position FROM history_records ORDER BY position"))
        .containsExactly(List.of(1L), List.of(2L), List.of(3L), List.of(4L), List.of(5L));
    assertThat(query(unmigrated, "SELECT element_id, state FROM history_element_instances ORDER BY element_instance_key"))
        .containsExactly(List.of("manual-request", "ACTIVE"), List.of("StartEvent_1", "COMPLETED"));
  }

  @Test
  void longVariableValuesAreCutAtTheLimit_andMarked() throws SQLException {
    Map<String, Object> args = args(url);
    args.put("valueLimit", "10");
    var broker = new FakeBroker(6, args);
    var exporter = opened(broker);
    var records = new TestRecords(6, 1, 61, 62);
    export(exporter, records.variable(62, "message", "\"The printed manual is far too thin.\"", VariableIntent.CREATED));
    export(exporter, records.variable(62, "short", "42", VariableIntent.CREATED));
    broker.runScheduledTasks();

    assertThat(query("SELECT name, value, truncated FROM history_variables ORDER BY name"))
        .containsExactly(List.of("message", "\"The print", true), List.of("short", "42", false));
  }

  @Test
  void withoutADatabaseUrlTheExporterRefusesToStart_sayingWhatIsMissing() {
    var broker = new FakeBroker(7, new HashMap<>());
    assertThatThrownBy(() -> new HistoryExporter().configure(broker))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("args.url");
  }

  private static HistoryExporter opened(FakeBroker broker) {
    var exporter = new HistoryExporter();
    try {
      exporter.configure(broker);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    exporter.open(broker);
    return exporter;
  }

  private static void export(HistoryExporter exporter, Record<?> record) {
    exporter.export(record);
  }

  private static Map<String, Object> args(String url) {
    Map<String, Object> args = new HashMap<>();
    args.put("url", url);
    args.put("user", "postgres");
    args.put("password", "postgres");
    return args;
  }

  private static String newDatabase() throws SQLException {
    String name = "history_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  private static void migrate(String url) {
    Flyway.configure().dataSource(url, "postgres", "postgres").locations(MIGRATIONS).load().migrate();
  }

  private long count(String table) throws SQLException {
    return (Long) query("SELECT count(*) FROM " + table).getFirst().getFirst();
  }

  private List<List<Object>> query(String sql) throws SQLException {
    return query(url, sql);
  }

  private static List<List<Object>> query(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      List<List<Object>> result = new ArrayList<>();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          row.add(rows.getObject(column));
        }
        result.add(row);
      }
      return result;
    }
  }
}
