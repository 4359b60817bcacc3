package io.omnichannel.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task mirror in PostgreSQL. Every state change is one guarded statement, safe under concurrency. */
@Repository
public class UserTasks {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public UserTasks(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Inserts the task, or on redelivery of the same job refreshes the lease of a task still open; a
   * completed or cancelled task is left alone.
   *
   * @return true when the task is new
   */
  public boolean upsert(NewTask task) {
    return jdbc.sql(
            """
            insert into user_tasks (job_key, process_instance_key, element_instance_key, bpmn_process_id,
              element_id, request_id, reference, name, candidate_groups, candidate_users, assignee, due_at,
              follow_up_at, form_key, variables, lease_expires_at, priority, claimed_at, request_type, channel,
              store_id, customer_name, customer_number, customer_email)
            values (:jobKey, :processInstanceKey, :elementInstanceKey, :bpmnProcessId, :elementId, :requestId,
              :reference, :name, cast(:candidateGroups as text[]), cast(:candidateUsers as text[]), :assignee,
              :dueAt, :followUpAt, :formKey, cast(:variables as jsonb), :leaseExpiresAt, :priority,
              :claimedAt, :requestType, :channel, :storeId,
              :customerName, :customerNumber, :customerEmail)
            on conflict (job_key) do update set lease_expires_at = excluded.lease_expires_at,
              variables = excluded.variables
              where user_tasks.state = 'OPEN'
            returning (xmax = 0) as inserted""")
        .param("jobKey", task.jobKey())
        .param("processInstanceKey", task.processInstanceKey())
        .param("elementInstanceKey", task.elementInstanceKey())
        .param("bpmnProcessId", task.bpmnProcessId())
        .param("elementId", task.elementId())
        .param("requestId", task.requestId())
        .param("reference", task.reference())
        .param("name", task.name())
        .param("candidateGroups", task.candidateGroups().toArray(String[]::new))
        .param("candidateUsers", task.candidateUsers().toArray(String[]::new))
        .param("assignee", task.assignee())
        .param("dueAt", timestamp(task.dueAt()))
        .param("followUpAt", timestamp(task.followUpAt()))
        .param("formKey", task.formKey())
        .param("variables", write(task.variables()))
        .param("leaseExpiresAt", timestamp(task.leaseExpiresAt()))
        .param("priority", task.priority())
        .param("claimedAt", task.assignee() == null ? null : Timestamp.from(Instant.now()), java.sql.Types.TIMESTAMP)
        .param("requestType", task.request().requestType())
        .param("channel", task.request().channel())
        .param("storeId", task.request().storeId())
        .param("customerName", task.request().customerName())
        .param("customerNumber", task.request().customerNumber())
        .param("customerEmail", task.request().customerEmail())
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  public Optional<StaffTask> find(long jobKey) {
    return jdbc.sql("select * from user_tasks where job_key = ?").param(jobKey).query(this::map).optional();
  }

  /** Open tasks offered to a user: by team, as candidate user or as assignee; the most urgent first. */
  public List<StaffTask> openFor(String username, Collection<String> teams) {
    return jdbc.sql(
            """
            select * from user_tasks
            where state = 'OPEN'
              and (candidate_groups && cast(:teams as text[]) or :username = any (candidate_users)
                   or assignee = :username)
            order by due_at asc nulls last, job_key""")
        .param("teams", teams.toArray(String[]::new))
        .param("username", username)
        .query(this::map)
        .list();
  }

  /** The newest task of a process instance: the one an SLA timer on it is about. */
  public Optional<StaffTask> latestOfProcessInstance(long processInstanceKey) {
    return jdbc.sql(
            """
            select * from user_tasks where process_instance_key = ?
            order by created_at desc, job_key desc limit 1""")
        .param(processInstanceKey)
        .query(this::map)
        .optional();
  }

  /** Every task of these requests, open or not. */
  public List<StaffTask> ofRequests(Collection<UUID> requestIds) {
    return jdbc.sql("select * from user_tasks where request_id = any (:ids)")
        .param("ids", requestIds.toArray(UUID[]::new))
        .query(this::map)
        .list();
  }

  public List<StaffTask> openOfRequests(Collection<UUID> requestIds) {
    return jdbc.sql("select * from user_tasks where state = 'OPEN' and request_id = any (:ids)")
        .param("ids", requestIds.toArray(UUID[]::new))
        .query(this::map)
        .list();
  }

  public List<StaffTask> openWithLeaseBefore(Instant limit) {
    return jdbc.sql("select * from user_tasks where state = 'OPEN' and lease_expires_at < ? order by lease_expires_at")
        .param(timestamp(limit))
        .query(this::map)
        .list();
  }

  public void extendLease(long jobKey, Instant until) {
    jdbc.sql("update user_tasks set lease_expires_at = ? where job_key = ? and state = 'OPEN'")
        .params(timestamp(until), jobKey)
        .update();
  }

  /** @return false when the task is not open or someone else holds it */
  public boolean claim(long jobKey, String username, Instant at) {
    return jdbc.sql(
                """
                update user_tasks set assignee = ?, claimed_at = coalesce(claimed_at, ?)
                where job_key = ? and state = 'OPEN' and (assignee is null or assignee = ?)""")
            .params(username, timestamp(at), jobKey, username)
            .update()
        == 1;
  }

  public boolean release(long jobKey) {
    return jdbc.sql("update user_tasks set assignee = null, claimed_at = null where job_key = ? and state = 'OPEN'")
            .param(jobKey)
            .update()
        == 1;
  }

  /**
   * Gives an open task to {@code username}, whoever held it.
   *
   * @return false when the task is not open or already theirs (a doubled submit changes nothing)
   */
  public boolean assign(long jobKey, String username, Instant at) {
    return jdbc.sql(
                """
                update user_tasks set assignee = ?, claimed_at = ?
                where job_key = ? and state = 'OPEN' and assignee is distinct from ?""")
            .params(username, timestamp(at), jobKey, username)
            .update()
        == 1;
  }

  /** Puts every open task {@code username} holds back into its team queues. @return the tasks released */
  public List<StaffTask> releaseAllClaimedBy(String username) {
    return jdbc.sql(
            """
            update user_tasks set assignee = null, claimed_at = null
            where state = 'OPEN' and assignee = ? returning *""")
        .param(username)
        .query(this::map)
        .list();
  }

  /**
   * The task list's one query: a page of open tasks by {@link TaskQuery}. A {@link TaskQuery.Scope#TEAM}
   * queue by due date reads the index {@code user_task_queue_by_due} (team, due, job key) in order
   * and stops after the page, so it stays fast however many tasks the mirror holds; filters narrow
   * the rows read on the way.
   */
  public TaskPage teamQueue(TaskQuery query) {
    TaskQuerySql sql = TaskQuerySql.of(query);
    JdbcClient.StatementSpec statement = jdbc.sql(sql.text());
    for (Map.Entry<String, Object> param : sql.params().entrySet()) {
      statement = statement.param(param.getKey(), param.getValue());
    }
    List<StaffTask> rows = statement.query(this::map).list();
    boolean hasNext = rows.size() > query.pageSize();
    return new TaskPage(hasNext ? rows.subList(0, query.pageSize()) : rows, query.page(), query.pageSize(), hasNext);
  }

  /** Open and overdue tasks per team queue, in the order of {@code teams}; a team without tasks counts 0. */
  public List<QueueCount> queueCounts(List<String> teams, Instant now) {
    Map<String, QueueCount> counted =
        jdbc.sql(
                """
                select team_id, count(*) as open, count(*) filter (where due_at < ?) as overdue
                from user_task_queue where team_id = any (cast(? as text[])) group by team_id""")
            .params(timestamp(now), teams.toArray(String[]::new))
            .query((rs, row) -> new QueueCount(rs.getString("team_id"), rs.getLong("open"), rs.getLong("overdue")))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(QueueCount::team, c -> c));
    return teams.stream().map(team -> counted.getOrDefault(team, new QueueCount(team, 0, 0))).toList();
  }

  /** Open tasks claimed by or offered by name to the user; {@code team} of the result is null. */
  public QueueCount myCount(String username, Instant now) {
    return jdbc.sql(
            """
            select count(*) as open, count(*) filter (where due_at < ?) as overdue from user_tasks
            where state = 'OPEN'
              and (assignee = ? or (assignee is null and candidate_users @> array[cast(? as text)]))""")
        .params(timestamp(now), username, username)
        .query((rs, row) -> new QueueCount(null, rs.getLong("open"), rs.getLong("overdue")))
        .single();
  }

  /** The engine accepted the completion, so this wins over a cancellation seen meanwhile. */
  public void markCompleted(long jobKey, String username, Map<String, Object> outcome, Instant at) {
    jdbc.sql(
            """
            update user_tasks set state = 'COMPLETED', completed_at = ?, completed_by = ?,
              outcome = cast(? as jsonb)
            where job_key = ? and state <> 'COMPLETED'""")
        .params(timestamp(at), username, write(outcome), jobKey)
        .update();
  }

  /** @return true when the task was open until now */
  public boolean markCancelled(long jobKey) {
    return jdbc.sql("update user_tasks set state = 'CANCELLED' where job_key = ? and state = 'OPEN'")
            .param(jobKey)
            .update()
        == 1;
  }

  /** Moves the SLA state forward only (ON_TIME → REMINDED → ESCALATED); @return true when it moved. */
  /**
   * Raises the priority of the request's open tasks to at least {@code priority} (never lowers it):
   * the team queue orders by it, the task list shows it.
   *
   * @return the tasks raised
   */
  public int raisePriority(UUID requestId, int priority) {
    return jdbc.sql("update user_tasks set priority = :priority where request_id = :requestId and state = 'OPEN' and priority < :priority")
        .param("priority", Math.clamp(priority, 0, 100))
        .param("requestId", requestId)
        .update();
  }

  /**
   * How many open tasks carry each value of the process variable {@code name} (as text); tasks
   * without it are not counted. E.g. the SLA policy version a task was planned on.
   */
  public Map<String, Long> openCountsByVariable(String name) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    jdbc.sql(
            """
            select variables ->> :name as value, count(*) as tasks from user_tasks
            where state = 'OPEN' and variables ->> :name is not null group by 1 order by 1""")
        .param("name", name)
        .query(rs -> {
          counts.put(rs.getString("value"), rs.getLong("tasks"));
        });
    return counts;
  }

  public boolean advanceSlaState(long jobKey, TaskSlaState to) {
    List<String> earlier =
        Arrays.stream(TaskSlaState.values()).filter(s -> s.ordinal() < to.ordinal()).map(Enum::name).toList();
    return jdbc.sql("update user_tasks set sla_state = ? where job_key = ? and sla_state = any (cast(? as text[]))")
            .params(to.name(), jobKey, earlier.toArray(String[]::new))
            .update()
        == 1;
  }

  private StaffTask map(ResultSet rs, int row) throws SQLException {
    return new StaffTask(
        rs.getLong("job_key"),
        rs.getLong("process_instance_key"),
        rs.getLong("element_instance_key"),
        rs.getString("bpmn_process_id"),
        rs.getString("element_id"),
        rs.getObject("request_id", UUID.class),
        rs.getString("reference"),
        rs.getString("name"),
        strings(rs.getArray("candidate_groups")),
        strings(rs.getArray("candidate_users")),
        rs.getString("assignee"),
        instant(rs.getTimestamp("due_at")),
        instant(rs.getTimestamp("follow_up_at")),
        rs.getString("form_key"),
        read(rs.getString("variables")),
        TaskState.valueOf(rs.getString("state")),
        TaskSlaState.valueOf(rs.getString("sla_state")),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("completed_at")),
        rs.getString("completed_by"),
        read(rs.getString("outcome")),
        instant(rs.getTimestamp("lease_expires_at")),
        rs.getInt("priority"),
        instant(rs.getTimestamp("claimed_at")),
        new RequestFacts(
            rs.getString("request_type"),
            rs.getString("channel"),
            rs.getString("store_id"),
            rs.getString("customer_name"),
            rs.getString("customer_number"),
            rs.getString("customer_email")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private String write(Map<String, Object> value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("task variables are not serialisable as JSON", e);
    }
  }

  private Map<String, Object> read(String value) {
    try {
      return value == null ? null : json.readValue(value, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored task JSON is unreadable", e);
    }
  }

  /** A task as the mirror first sees it. */
  public record NewTask(
      long jobKey,
      long processInstanceKey,
      long elementInstanceKey,
      String bpmnProcessId,
      String elementId,
      UUID requestId,
      String reference,
      String name,
      List<String> candidateGroups,
      List<String> candidateUsers,
      String assignee,
      Instant dueAt,
      Instant followUpAt,
      String formKey,
      Map<String, Object> variables,
      Instant leaseExpiresAt,
      int priority,
      RequestFacts request) {

    public NewTask {
      request = request == null ? RequestFacts.NONE : request;
    }
  }
}
