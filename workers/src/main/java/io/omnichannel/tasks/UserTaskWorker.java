package io.omnichannel.tasks;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import org.springframework.stereotype.Component;

/**
 * Takes every user-task job and keeps it activated (never auto-completed): the job is completed
 * when staff complete the task.
 */
@Component
public class UserTaskWorker {

  private final TaskMirror mirror;

  UserTaskWorker(TaskMirror mirror) {
    this.mirror = mirror;
  }

  @JobWorker(
      type = JobTypes.USER_TASK,
      autoComplete = false,
      timeout = TaskLease.DURATION_MILLIS,
      fetchAllVariables = true)
  public void mirrorUserTask(ActivatedJob job) {
    mirror.mirror(UserTaskJob.from(job));
  }
}
