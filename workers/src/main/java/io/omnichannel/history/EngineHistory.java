package io.omnichannel.history;

import io.omnichannel.history.HistoryViews.Definition;
import io.omnichannel.history.HistoryViews.DefinitionSelector;
import io.omnichannel.history.HistoryViews.ElementFigures;
import io.omnichannel.history.HistoryViews.Incident;
import io.omnichannel.history.HistoryViews.IncidentOfInstance;
import io.omnichannel.history.HistoryViews.Instance;
import io.omnichannel.history.HistoryViews.InstanceHistory;
import io.omnichannel.history.HistoryViews.Job;
import io.omnichannel.history.HistoryViews.Step;
import io.omnichannel.history.HistoryViews.Variable;
import io.omnichannel.history.HistoryViews.WaitingInstance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the engine's history that the exporter writes: the console's overlays (per element of a
 * definition: waiting now, completed in a period, open incidents), the instances waiting at an
 * element, and one instance's path, variables, incidents and jobs. Callers check who may see it
 * (the console is for process owners and admins).
 */
@Service
@Transactional(readOnly = true)
public class EngineHistory {

  /** The root element is not on the diagram's canvas: it is the instance itself. */
  private static final String NOT_AN_ELEMENT_ON_THE_DIAGRAM = "PROCESS";

  private final JdbcClient jdbc;

  EngineHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every definition deployed since the exporter runs, newest version first per process id. */
  public List<Definition> definitions() {
    return jdbc.sql("""
            SELECT process_definition_key, bpmn_process_id, version, resource_name, deployed_at
            FROM history_process_definitions ORDER BY bpmn_process_id, version DESC""")
        .query((row, n) -> new Definition(
            row.getLong("process_definition_key"), row.getString("bpmn_process_id"), row.getInt("version"),
            row.getString("resource_name"), instant(row, "deployed_at")))
        .list();
  }

  /**
   * Per element of the definition: instances waiting there now, those that completed it in
   * [{@code from}, {@code to}), and its open incidents. Elements with none of the three are absent.
   */
  public Map<String, ElementFigures> elementFigures(DefinitionSelector definition, Instant from, Instant to) {
    requirePeriod(from, to);
    Map<String, Figures> figures = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT element_id, count(*) AS n, min(started_at) AS since FROM history_element_instances
            WHERE state = 'ACTIVE' AND bpmn_process_id = :id AND (CAST(:version AS int) IS NULL OR version = :version)
              AND element_type <> :root
            GROUP BY element_id""")
        .param("id", definition.bpmnProcessId()).param("version", definition.version())
        .param("root", NOT_AN_ELEMENT_ON_THE_DIAGRAM)
        .query((row, n) -> {
          Figures element = figures.computeIfAbsent(row.getString("element_id"), id -> new Figures());
          element.waiting = row.getLong("n");
          element.since = instant(row, "since");
          return element;
        })
        .list();
    jdbc.sql("""
            SELECT element_id, count(*) AS n,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ended_at - started_at)) AS median
            FROM history_element_instances
            WHERE bpmn_process_id = :id AND ended_at >= :from AND ended_at < :to AND state = 'COMPLETED'
              AND (CAST(:version AS int) IS NULL OR version = :version) AND element_type <> :root
            GROUP BY element_id""")
        .param("id", definition.bpmnProcessId()).param("version", definition.version())
        .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .param("root", NOT_AN_ELEMENT_ON_THE_DIAGRAM)
        .query((row, n) -> {
          Figures element = figures.computeIfAbsent(row.getString("element_id"), id -> new Figures());
          element.completed = row.getLong("n");
          element.median = Duration.ofMillis(Math.round(row.getDouble("median") * 1000));
          return element;
        })
        .list();
    jdbc.sql("""
            SELECT e.element_id, count(*) AS n FROM history_incidents i
            JOIN history_element_instances e ON e.element_instance_key = i.element_instance_key
            WHERE i.state = 'ACTIVE' AND e.bpmn_process_id = :id AND (CAST(:version AS int) IS NULL OR e.version = :version)
            GROUP BY e.element_id""")
        .param("id", definition.bpmnProcessId()).param("version", definition.version())
        .query((row, n) -> figures.computeIfAbsent(row.getString("element_id"), id -> new Figures()).incidents = row.getLong("n"))
        .list();
    Map<String, ElementFigures> result = new LinkedHashMap<>();
    figures.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> result.put(entry.getKey(), entry.getValue().of(entry.getKey())));
    return result;
  }

  /** The figures of one element while its three queries fill them in. */
  private static final class Figures {
    long waiting;
    long completed;
    long incidents;
    Instant since;
    Duration median;

    ElementFigures of(String elementId) {
      return new ElementFigures(elementId, waiting, completed, incidents, since, median);
    }
  }

  /** One incident by its key. */
  public Optional<Incident> incident(long incidentKey) {
    return jdbc.sql(INCIDENT + " WHERE incident_key = :key")
        .param("key", incidentKey)
        .query(EngineHistory::incident)
        .optional();
  }

  /** The process instance an incident belongs to. */
  public Optional<Long> instanceOfIncident(long incidentKey) {
    return jdbc.sql("SELECT process_instance_key FROM history_incidents WHERE incident_key = :key")
        .param("key", incidentKey)
        .query(Long.class)
        .optional();
  }

  /** The newest incident raised at an element instance after an instant, e.g. after a retry. */
  public Optional<Incident> incidentAfter(long elementInstanceKey, Instant after) {
    return jdbc.sql(INCIDENT + " WHERE element_instance_key = :element AND created_at > :after ORDER BY created_at DESC LIMIT 1")
        .param("element", elementInstanceKey).param("after", Timestamp.from(after))
        .query(EngineHistory::incident)
        .optional();
  }

  /** Whether an element instance has completed (not terminated, not still active). */
  public boolean completed(long elementInstanceKey) {
    return jdbc.sql("SELECT count(*) FROM history_element_instances WHERE element_instance_key = :key AND state = 'COMPLETED'")
        .param("key", elementInstanceKey)
        .query(Long.class)
        .single() > 0;
  }

  /** The open incidents of every instance, oldest first, with the request each concerns. */
  public List<IncidentOfInstance> openIncidents(int limit) {
    return jdbc.sql("""
            SELECT i.incident_key, i.element_instance_key, i.element_id, i.job_key, i.error_type, i.error_message,
                   i.state, i.created_at, i.resolved_at, i.process_instance_key, p.bpmn_process_id, p.version,
                   p.request_reference
            FROM history_incidents i
            LEFT JOIN history_process_instances p ON p.process_instance_key = i.process_instance_key
            WHERE i.state = 'ACTIVE' ORDER BY i.created_at, i.incident_key LIMIT :limit""")
        .param("limit", limit)
        .query((row, n) -> new IncidentOfInstance(
            incident(row, n), row.getLong("process_instance_key"), row.getString("bpmn_process_id"),
            (Integer) row.getObject("version"), row.getString("request_reference")))
        .list();
  }

  private static final String INCIDENT = """
      SELECT incident_key, element_instance_key, element_id, job_key, error_type, error_message, state,
             created_at, resolved_at
      FROM history_incidents""";

  private static Incident incident(ResultSet row, int n) throws SQLException {
    return new Incident(
        row.getLong("incident_key"), nullableLong(row, "element_instance_key"), row.getString("element_id"),
        nullableLong(row, "job_key"), row.getString("error_type"), row.getString("error_message"),
        row.getString("state"), instant(row, "created_at"), instant(row, "resolved_at"));
  }

  /**
   * The instances waiting at an element now, longest waiting first, with the request they serve
   * (from the instance, or from its parent for a called process).
   */
  public List<WaitingInstance> waitingAt(DefinitionSelector definition, String elementId, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
    }
    return jdbc.sql("""
            SELECT e.process_instance_key, e.element_instance_key, e.version, e.started_at,
                   coalesce(p.request_reference, parent.request_reference) AS request_reference
            FROM history_element_instances e
            LEFT JOIN history_process_instances p ON p.process_instance_key = e.process_instance_key
            LEFT JOIN history_process_instances parent ON parent.process_instance_key = p.parent_process_instance_key
            WHERE e.state = 'ACTIVE' AND e.bpmn_process_id = :id AND e.element_id = :element
              AND (CAST(:version AS int) IS NULL OR e.version = :version)
            ORDER BY e.started_at, e.element_instance_key
            LIMIT :limit""")
        .param("id", definition.bpmnProcessId()).param("version", definition.version())
        .param("element", elementId).param("limit", limit)
        .query((row, n) -> new WaitingInstance(
            row.getLong("process_instance_key"), row.getLong("element_instance_key"), row.getInt("version"),
            row.getString("request_reference"), instant(row, "started_at")))
        .list();
  }

  /** The process instances that served a request (by its reference), oldest first. */
  public List<Instance> instancesOfRequest(String reference) {
    return jdbc.sql(INSTANCE + " WHERE request_reference = :reference AND state IS NOT NULL ORDER BY started_at, process_instance_key")
        .param("reference", reference)
        .query(EngineHistory::instance)
        .list();
  }

  /** One instance's path (element instances in the order they started), variables, incidents and jobs. */
  public Optional<InstanceHistory> instance(long processInstanceKey) {
    return jdbc.sql(INSTANCE + " WHERE process_instance_key = :key AND state IS NOT NULL")
        .param("key", processInstanceKey)
        .query(EngineHistory::instance)
        .optional()
        .map(instance -> new InstanceHistory(instance, path(processInstanceKey), variables(processInstanceKey),
            incidents(processInstanceKey), jobs(processInstanceKey)));
  }

  private static final String INSTANCE = """
      SELECT process_instance_key, process_definition_key, bpmn_process_id, version, parent_process_instance_key,
             request_reference, state, started_at, ended_at
      FROM history_process_instances""";

  private List<Step> path(long processInstanceKey) {
    return jdbc.sql("""
            SELECT element_instance_key, element_id, element_type, flow_scope_key, state, started_at, ended_at
            FROM history_element_instances WHERE process_instance_key = :key
            ORDER BY started_at, element_instance_key""")
        .param("key", processInstanceKey)
        .query((row, n) -> new Step(
            row.getLong("element_instance_key"), row.getString("element_id"), row.getString("element_type"),
            nullableLong(row, "flow_scope_key"), row.getString("state"), instant(row, "started_at"),
            instant(row, "ended_at")))
        .list();
  }

  private List<Variable> variables(long processInstanceKey) {
    return jdbc.sql("""
            SELECT scope_key, name, value, truncated, updated_at FROM history_variables
            WHERE process_instance_key = :key ORDER BY scope_key, name""")
        .param("key", processInstanceKey)
        .query((row, n) -> new Variable(
            row.getLong("scope_key"), row.getString("name"), row.getString("value"), row.getBoolean("truncated"),
            instant(row, "updated_at")))
        .list();
  }

  private List<Incident> incidents(long processInstanceKey) {
    return jdbc.sql(INCIDENT + " WHERE process_instance_key = :key ORDER BY created_at, incident_key")
        .param("key", processInstanceKey)
        .query(EngineHistory::incident)
        .list();
  }

  private List<Job> jobs(long processInstanceKey) {
    return jdbc.sql("""
            SELECT job_key, element_instance_key, element_id, job_type, state, retries, worker, error_message,
                   created_at, updated_at
            FROM history_jobs WHERE process_instance_key = :key ORDER BY created_at, job_key""")
        .param("key", processInstanceKey)
        .query((row, n) -> new Job(
            row.getLong("job_key"), nullableLong(row, "element_instance_key"), row.getString("element_id"),
            row.getString("job_type"), row.getString("state"), (Integer) row.getObject("retries"),
            row.getString("worker"), row.getString("error_message"), instant(row, "created_at"),
            instant(row, "updated_at")))
        .list();
  }

  private static Instance instance(ResultSet row, int n) throws SQLException {
    return new Instance(
        row.getLong("process_instance_key"), row.getLong("process_definition_key"), row.getString("bpmn_process_id"),
        row.getInt("version"), nullableLong(row, "parent_process_instance_key"), row.getString("request_reference"),
        row.getString("state"), instant(row, "started_at"), instant(row, "ended_at"));
  }

  private static void requirePeriod(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("a period runs from an instant to a later one, not " + from + " to " + to);
    }
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }
}
