package io.omnichannel.console.instances;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the engine did for one process instance, read from the history the exporter writes
 * ({@code history_*} tables) and the task list's own record of who did what ({@code user_tasks}).
 */
@Repository
class InstanceHistory {

  /** Variable values longer than this are cut on the page; the full value stays in the engine. */
  static final int VALUE_SHOWN = 400;

  record Instance(
      long key, String bpmnProcessId, int version, long definitionKey, String reference, String state,
      Instant startedAt, Instant endedAt) {

    boolean active() {
      return "ACTIVE".equals(state);
    }
  }

  record Step(long key, String elementId, String elementType, String state, Instant startedAt, Instant endedAt) {}

  record Variable(String name, String value) {}

  record Incident(
      long key, String elementId, long elementInstanceKey, Long jobKey, String errorType, String errorMessage,
      String state, Instant createdAt, Instant resolvedAt) {

    boolean active() {
      return "ACTIVE".equals(state);
    }
  }

  record Task(
      long jobKey, String elementId, String name, String team, String assignee, String state, Instant createdAt,
      Instant dueAt, Instant completedAt, String completedBy) {}

  /** An open incident of any instance, for the incident list. */
  record OpenIncident(
      long key, long processInstanceKey, String bpmnProcessId, int version, String reference, String elementId,
      String errorType, String errorMessage, Instant createdAt) {}

  private final JdbcClient jdbc;

  InstanceHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Instance> instance(long key) {
    return jdbc.sql(
            """
            select process_instance_key as key, bpmn_process_id, version, process_definition_key as definition_key,
                   request_reference as reference, state, started_at, ended_at
            from history_process_instances where process_instance_key = ?""")
        .param(key)
        .query(Instance.class)
        .optional();
  }

  /** The instances of a request, newest first: a journey may have been restarted or cancelled. */
  List<Instance> instancesOf(String reference) {
    return jdbc.sql(
            """
            select process_instance_key as key, bpmn_process_id, version, process_definition_key as definition_key,
                   request_reference as reference, state, started_at, ended_at
            from history_process_instances where request_reference = ? order by started_at desc limit 20""")
        .param(reference)
        .query(Instance.class)
        .list();
  }

  List<Step> path(long instanceKey) {
    return jdbc.sql(
            """
            select element_instance_key as key, element_id, element_type, state, started_at, ended_at
            from history_element_instances where process_instance_key = ?
            order by started_at, element_instance_key""")
        .param(instanceKey)
        .query(Step.class)
        .list();
  }

  List<Variable> variables(long instanceKey) {
    return jdbc.sql(
            """
            select name, left(value, ?) as value from history_variables
            where scope_key = ? order by name""")
        .params(VALUE_SHOWN, instanceKey)
        .query(Variable.class)
        .list();
  }

  List<Incident> incidents(long instanceKey) {
    return jdbc.sql(
            """
            select incident_key as key, element_id, element_instance_key, job_key, error_type, error_message, state,
                   created_at, resolved_at
            from history_incidents where process_instance_key = ? order by created_at desc""")
        .param(instanceKey)
        .query(Incident.class)
        .list();
  }

  Optional<Incident> incident(long incidentKey) {
    return jdbc.sql(
            """
            select incident_key as key, element_id, element_instance_key, job_key, error_type, error_message, state,
                   created_at, resolved_at
            from history_incidents where incident_key = ?""")
        .param(incidentKey)
        .query(Incident.class)
        .optional();
  }

  Optional<Long> processInstanceOfIncident(long incidentKey) {
    return jdbc.sql("select process_instance_key from history_incidents where incident_key = ?")
        .param(incidentKey)
        .query(Long.class)
        .optional();
  }

  List<Task> tasks(long instanceKey) {
    return jdbc.sql(
            """
            select job_key, element_id, name, array_to_string(candidate_groups, ', ') as team, assignee, state,
                   created_at, due_at, completed_at, completed_by
            from user_tasks where process_instance_key = ? order by created_at""")
        .param(instanceKey)
        .query(Task.class)
        .list();
  }

  List<Long> openTaskJobKeys(long instanceKey) {
    return jdbc.sql("select job_key from user_tasks where process_instance_key = ? and state = 'OPEN'")
        .param(instanceKey)
        .query(Long.class)
        .list();
  }

  /** What happened at an element instance after a given instant: the step's end and any new incident. */
  Optional<Step> step(long elementInstanceKey) {
    return jdbc.sql(
            """
            select element_instance_key as key, element_id, element_type, state, started_at, ended_at
            from history_element_instances where element_instance_key = ?""")
        .param(elementInstanceKey)
        .query(Step.class)
        .optional();
  }

  Optional<Incident> incidentAfter(long elementInstanceKey, Instant after) {
    return jdbc.sql(
            """
            select incident_key as key, element_id, element_instance_key, job_key, error_type, error_message, state,
                   created_at, resolved_at
            from history_incidents where element_instance_key = ? and created_at > ?
            order by created_at desc limit 1""")
        .params(elementInstanceKey, java.sql.Timestamp.from(after))
        .query(Incident.class)
        .optional();
  }

  List<OpenIncident> openIncidents(int limit) {
    return jdbc.sql(
            """
            select i.incident_key as key, i.process_instance_key, p.bpmn_process_id, p.version,
                   p.request_reference as reference, i.element_id, i.error_type, i.error_message, i.created_at
            from history_incidents i
            left join history_process_instances p on p.process_instance_key = i.process_instance_key
            where i.state = 'ACTIVE' order by i.created_at limit ?""")
        .param(limit)
        .query(OpenIncident.class)
        .list();
  }
}
