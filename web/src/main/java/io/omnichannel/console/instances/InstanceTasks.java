package io.omnichannel.console.instances;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff tasks of one process instance as the task list recorded them (who claimed and who
 * completed each, with the times): the engine's history knows the jobs, not the people.
 */
@Repository
class InstanceTasks {

  public record Task(
      long jobKey, String elementId, String name, String team, String assignee, String state, Instant createdAt,
      Instant dueAt, Instant completedAt, String completedBy) {}

  private final JdbcClient jdbc;

  InstanceTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Task> of(long instanceKey) {
    return jdbc.sql(
            """
            select job_key, element_id, name, array_to_string(candidate_groups, ', ') as team, assignee, state,
                   created_at, due_at, completed_at, completed_by
            from user_tasks where process_instance_key = ? order by created_at""")
        .param(instanceKey)
        .query(Task.class)
        .list();
  }

  List<Long> openJobKeys(long instanceKey) {
    return jdbc.sql("select job_key from user_tasks where process_instance_key = ? and state = 'OPEN'")
        .param(instanceKey)
        .query(Long.class)
        .list();
  }
}
