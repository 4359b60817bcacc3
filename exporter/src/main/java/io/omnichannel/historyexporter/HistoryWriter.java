package io.omnichannel.historyexporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

/**
 * Writes batches of exported records to PostgreSQL: every record's narrow row, the rows it changes
 * and the exporter's position, in one transaction with one JDBC batch per statement.
 *
 * <p>Every statement is idempotent: a record's log row is inserted at most once, and an entity row
 * takes a record's state only when the record's position is above the row's {@code last_position},
 * so writing a batch twice, or an older record after a newer one, changes nothing. Start and end
 * times are each set once.
 *
 * <p>It holds one connection, opened on first use and dropped after any failure. The PostgreSQL
 * driver is the exporter jar's own (relocated), used without {@link java.sql.DriverManager}, which
 * would not see a driver in the broker's class loader for exporters.
 */
final class HistoryWriter implements AutoCloseable {

  private static final String GUARD = "excluded.last_position > t.last_position";

  private static final String INSERT_RECORD = """
      INSERT INTO history_records (partition_id, position, record_key, value_type, intent, at)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partition_id, position) DO NOTHING""";

  private static final String UPSERT_POSITION = """
      INSERT INTO history_exporter_position AS t (partition_id, position, updated_at) VALUES (?, ?, now())
      ON CONFLICT (partition_id) DO UPDATE
      SET position = greatest(t.position, excluded.position), updated_at = excluded.updated_at""";

  private static final String SELECT_POSITION = "SELECT position FROM history_exporter_position WHERE partition_id = ?";

  private static final String UPSERT_DEFINITION = """
      INSERT INTO history_process_definitions
        (process_definition_key, bpmn_process_id, version, resource_name, deployed_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (process_definition_key) DO NOTHING""";

  private static final String UPSERT_PROCESS_INSTANCE = """
      INSERT INTO history_process_instances AS t
        (process_instance_key, process_definition_key, bpmn_process_id, version, parent_process_instance_key,
         state, started_at, ended_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (process_instance_key) DO UPDATE SET
        process_definition_key = coalesce(t.process_definition_key, excluded.process_definition_key),
        bpmn_process_id = coalesce(t.bpmn_process_id, excluded.bpmn_process_id),
        version = coalesce(t.version, excluded.version),
        parent_process_instance_key = coalesce(t.parent_process_instance_key, excluded.parent_process_instance_key),
        state = CASE WHEN t.state IS NULL OR %1$s THEN excluded.state ELSE t.state END,
        started_at = coalesce(least(t.started_at, excluded.started_at), t.started_at, excluded.started_at),
        ended_at = coalesce(t.ended_at, excluded.ended_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  /** A row of its own when the variable comes first; it never moves the instance's state. */
  private static final String UPSERT_REFERENCE = """
      INSERT INTO history_process_instances AS t (process_instance_key, request_reference, last_position)
      VALUES (?, ?, ?)
      ON CONFLICT (process_instance_key) DO UPDATE SET
        request_reference = CASE WHEN t.request_reference IS NULL OR excluded.last_position >= t.last_position
                                 THEN excluded.request_reference ELSE t.request_reference END""";

  private static final String UPSERT_ELEMENT_INSTANCE = """
      INSERT INTO history_element_instances AS t
        (element_instance_key, process_instance_key, process_definition_key, bpmn_process_id, version, element_id,
         element_type, flow_scope_key, state, started_at, ended_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (element_instance_key) DO UPDATE SET
        state = CASE WHEN %1$s THEN excluded.state ELSE t.state END,
        started_at = least(t.started_at, excluded.started_at),
        ended_at = coalesce(t.ended_at, excluded.ended_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private static final String UPSERT_INCIDENT = """
      INSERT INTO history_incidents AS t
        (incident_key, process_instance_key, process_definition_key, element_instance_key, element_id, job_key,
         error_type, error_message, state, created_at, resolved_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (incident_key) DO UPDATE SET
        state = CASE WHEN %1$s THEN excluded.state ELSE t.state END,
        created_at = least(t.created_at, excluded.created_at),
        resolved_at = coalesce(t.resolved_at, excluded.resolved_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private static final String UPSERT_JOB = """
      INSERT INTO history_jobs AS t
        (job_key, process_instance_key, element_instance_key, element_id, job_type, state, retries, worker,
         error_message, created_at, updated_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (job_key) DO UPDATE SET
        state = CASE WHEN %1$s THEN excluded.state ELSE t.state END,
        retries = CASE WHEN %1$s THEN excluded.retries ELSE t.retries END,
        worker = CASE WHEN %1$s THEN coalesce(excluded.worker, t.worker) ELSE coalesce(t.worker, excluded.worker) END,
        error_message = CASE WHEN %1$s THEN excluded.error_message ELSE t.error_message END,
        created_at = least(t.created_at, excluded.created_at),
        updated_at = greatest(t.updated_at, excluded.updated_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private static final String UPSERT_TIMER = """
      INSERT INTO history_timers AS t
        (timer_key, process_instance_key, element_instance_key, element_id, due_at, state, updated_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (timer_key) DO UPDATE SET
        state = CASE WHEN %1$s THEN excluded.state ELSE t.state END,
        due_at = CASE WHEN %1$s THEN excluded.due_at ELSE t.due_at END,
        updated_at = greatest(t.updated_at, excluded.updated_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private static final String UPSERT_SUBSCRIPTION = """
      INSERT INTO history_message_subscriptions AS t
        (subscription_key, process_instance_key, element_instance_key, element_id, message_name, correlation_key,
         state, updated_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (subscription_key) DO UPDATE SET
        state = CASE WHEN %1$s THEN excluded.state ELSE t.state END,
        updated_at = greatest(t.updated_at, excluded.updated_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private static final String UPSERT_VARIABLE = """
      INSERT INTO history_variables AS t
        (scope_key, name, process_instance_key, value, truncated, updated_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (scope_key, name) DO UPDATE SET
        value = CASE WHEN %1$s THEN excluded.value ELSE t.value END,
        truncated = CASE WHEN %1$s THEN excluded.truncated ELSE t.truncated END,
        updated_at = greatest(t.updated_at, excluded.updated_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private static final String UPSERT_USER_TASK = """
      INSERT INTO history_user_tasks AS t
        (user_task_key, process_instance_key, element_instance_key, element_id, assignee, state, created_at,
         updated_at, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (user_task_key) DO UPDATE SET
        state = CASE WHEN %1$s THEN excluded.state ELSE t.state END,
        assignee = CASE WHEN %1$s THEN excluded.assignee ELSE t.assignee END,
        created_at = least(t.created_at, excluded.created_at),
        updated_at = greatest(t.updated_at, excluded.updated_at),
        last_position = greatest(t.last_position, excluded.last_position)""".formatted(GUARD);

  private final HistorySettings settings;
  private Connection connection;

  HistoryWriter(HistorySettings settings) {
    this.settings = settings;
  }

  /** The position stored for the partition, or -1 when none is stored yet. */
  long storedPosition(int partitionId) throws SQLException {
    Connection db = connection();
    try (PreparedStatement select = db.prepareStatement(SELECT_POSITION)) {
      select.setInt(1, partitionId);
      try (ResultSet row = select.executeQuery()) {
        long position = row.next() ? row.getLong(1) : -1;
        db.commit();
        return position;
      }
    } catch (SQLException | RuntimeException e) {
      drop();
      throw e;
    }
  }

  /** Writes the records (in position order, of one partition) and the last one's position, in one transaction. */
  void write(int partitionId, List<ExportedRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    Connection db = connection();
    try {
      try (PreparedStatement insert = db.prepareStatement(INSERT_RECORD)) {
        for (ExportedRecord record : records) {
          insert.setInt(1, record.partitionId());
          insert.setLong(2, record.position());
          insert.setLong(3, record.key());
          insert.setString(4, record.valueType());
          insert.setString(5, record.intent());
          insert.setObject(6, time(record.at()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      List<HistoryRow> rows = records.stream().flatMap(record -> record.rows().stream()).toList();
      batch(db, UPSERT_DEFINITION, rows, HistoryRow.Definition.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setString(2, r.bpmnProcessId());
        s.setInt(3, r.version());
        s.setString(4, r.resourceName());
        s.setObject(5, time(r.deployedAt()));
        s.setLong(6, r.position());
      });
      batch(db, UPSERT_PROCESS_INSTANCE, rows, HistoryRow.ProcessInstance.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setLong(2, r.definitionKey());
        s.setString(3, r.bpmnProcessId());
        s.setInt(4, r.version());
        setLong(s, 5, r.parentKey());
        s.setString(6, r.state());
        s.setObject(7, time(r.startedAt()));
        s.setObject(8, time(r.endedAt()));
        s.setLong(9, r.position());
      });
      batch(db, UPSERT_REFERENCE, rows, HistoryRow.RequestReference.class, (s, r) -> {
        s.setLong(1, r.processInstanceKey());
        s.setString(2, r.reference());
        s.setLong(3, r.position());
      });
      batch(db, UPSERT_ELEMENT_INSTANCE, rows, HistoryRow.ElementInstance.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setLong(2, r.processInstanceKey());
        s.setLong(3, r.definitionKey());
        s.setString(4, r.bpmnProcessId());
        s.setInt(5, r.version());
        s.setString(6, r.elementId());
        s.setString(7, r.elementType());
        setLong(s, 8, r.flowScopeKey());
        s.setString(9, r.state());
        s.setObject(10, time(r.startedAt()));
        s.setObject(11, time(r.endedAt()));
        s.setLong(12, r.position());
      });
      batch(db, UPSERT_INCIDENT, rows, HistoryRow.Incident.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setLong(2, r.processInstanceKey());
        s.setLong(3, r.definitionKey());
        setLong(s, 4, r.elementInstanceKey());
        s.setString(5, r.elementId());
        setLong(s, 6, r.jobKey());
        s.setString(7, r.errorType());
        s.setString(8, r.errorMessage());
        s.setString(9, r.state());
        s.setObject(10, time(r.at()));
        s.setObject(11, r.state().equals("RESOLVED") ? time(r.at()) : null);
        s.setLong(12, r.position());
      });
      batch(db, UPSERT_JOB, rows, HistoryRow.Job.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setLong(2, r.processInstanceKey());
        setLong(s, 3, r.elementInstanceKey());
        s.setString(4, r.elementId());
        s.setString(5, r.type());
        s.setString(6, r.state());
        s.setInt(7, r.retries());
        s.setString(8, r.worker());
        s.setString(9, r.errorMessage());
        s.setObject(10, time(r.at()));
        s.setObject(11, time(r.at()));
        s.setLong(12, r.position());
      });
      batch(db, UPSERT_TIMER, rows, HistoryRow.Timer.class, (s, r) -> {
        s.setLong(1, r.key());
        setLong(s, 2, r.processInstanceKey());
        setLong(s, 3, r.elementInstanceKey());
        s.setString(4, r.elementId());
        s.setObject(5, time(r.dueAt()));
        s.setString(6, r.state());
        s.setObject(7, time(r.at()));
        s.setLong(8, r.position());
      });
      batch(db, UPSERT_SUBSCRIPTION, rows, HistoryRow.MessageSubscription.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setLong(2, r.processInstanceKey());
        setLong(s, 3, r.elementInstanceKey());
        s.setString(4, r.elementId());
        s.setString(5, r.messageName());
        s.setString(6, r.correlationKey());
        s.setString(7, r.state());
        s.setObject(8, time(r.at()));
        s.setLong(9, r.position());
      });
      batch(db, UPSERT_VARIABLE, rows, HistoryRow.Variable.class, (s, r) -> {
        s.setLong(1, r.scopeKey());
        s.setString(2, r.name());
        s.setLong(3, r.processInstanceKey());
        s.setString(4, r.value());
        s.setBoolean(5, r.truncated());
        s.setObject(6, time(r.at()));
        s.setLong(7, r.position());
      });
      batch(db, UPSERT_USER_TASK, rows, HistoryRow.UserTask.class, (s, r) -> {
        s.setLong(1, r.key());
        s.setLong(2, r.processInstanceKey());
        setLong(s, 3, r.elementInstanceKey());
        s.setString(4, r.elementId());
        s.setString(5, r.assignee());
        s.setString(6, r.state());
        s.setObject(7, time(r.at()));
        s.setObject(8, time(r.at()));
        s.setLong(9, r.position());
      });
      try (PreparedStatement position = db.prepareStatement(UPSERT_POSITION)) {
        position.setInt(1, partitionId);
        position.setLong(2, records.getLast().position());
        position.executeUpdate();
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      drop();
      throw e;
    }
  }

  private interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  private static <T extends HistoryRow> void batch(
      Connection db, String sql, List<HistoryRow> rows, Class<T> type, Binder<T> binder) throws SQLException {
    PreparedStatement statement = null;
    try {
      for (HistoryRow row : rows) {
        if (type.isInstance(row)) {
          if (statement == null) {
            statement = db.prepareStatement(sql);
          }
          binder.bind(statement, type.cast(row));
          statement.addBatch();
        }
      }
      if (statement != null) {
        statement.executeBatch();
      }
    } finally {
      if (statement != null) {
        statement.close();
      }
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      Properties properties = new Properties();
      if (settings.user() != null) {
        properties.setProperty("user", settings.user());
      }
      if (settings.password() != null) {
        properties.setProperty("password", settings.password());
      }
      properties.setProperty("ApplicationName", "omnichannel-history-exporter");
      // never block the exporter's thread for long on a database that does not answer
      properties.setProperty("connectTimeout", "5");
      properties.setProperty("socketTimeout", "60");
      Connection opened = new org.postgresql.Driver().connect(settings.url(), properties);
      if (opened == null) {
        throw new SQLException("the PostgreSQL driver does not accept the URL " + settings.url());
      }
      opened.setAutoCommit(false);
      connection = opened;
    }
    return connection;
  }

  /** After a failure: roll back and forget the connection; the next attempt opens a new one. */
  private void drop() {
    if (connection != null) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the connection may be gone already
      }
      close();
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing a broken connection
      } finally {
        connection = null;
      }
    }
  }
}
