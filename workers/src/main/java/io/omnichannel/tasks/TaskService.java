package io.omnichannel.tasks;

import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.staff.StaffDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What staff do with tasks. A claim only says "I am on it": any colleague of the task's teams may
 * still complete it or release the claim, so an absent colleague never blocks a customer.
 */
@Service
public class TaskService {

  private final UserTasks tasks;
  private final StaffDirectory staff;
  private final TaskEngine engine;
  private final RequestTimeline timeline;
  private final Clock clock;

  public TaskService(
      UserTasks tasks, StaffDirectory staff, TaskEngine engine, RequestTimeline timeline, Optional<Clock> clock) {
    this.tasks = tasks;
    this.staff = staff;
    this.engine = engine;
    this.timeline = timeline;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** Open tasks of the user's teams, offered to them by name, or claimed by them; earliest due first. */
  public List<StaffTask> openTasksFor(String username) {
    return tasks.openFor(username, staff.teamsOf(username));
  }

  public Optional<StaffTask> find(long jobKey) {
    return tasks.find(jobKey);
  }

  /** Whether the user may work on the task; for showing or hiding actions. */
  public boolean mayWorkOn(StaffTask task, String username) {
    return task.isCandidate(username, staff.teamsOf(username));
  }

  public StaffTask claim(long jobKey, String username) {
    StaffTask task = openTaskFor(jobKey, username);
    if (!tasks.claim(jobKey, username)) {
      throw new TaskConflictException("this task is already claimed by " + task.assignee());
    }
    return get(jobKey);
  }

  public StaffTask release(long jobKey, String username) {
    openTaskFor(jobKey, username);
    tasks.release(jobKey);
    return get(jobKey);
  }

  /**
   * Validates the form, completes the job in the engine and then the mirrored task. The engine call
   * runs outside any database transaction: if it fails nothing is marked, and the task stays open.
   *
   * @param formInput the submitted form fields; for known form keys they are validated and turned
   *     into the process variables, otherwise passed on as they are
   * @throws TaskFormValidationException with field errors; nothing was completed
   * @throws TaskGoneException when the engine no longer has the task; it is marked cancelled
   */
  public StaffTask complete(long jobKey, String username, Map<String, Object> formInput) {
    StaffTask task = openTaskFor(jobKey, username);
    Map<String, Object> variables = TaskForms.variablesFor(task.formKey(), formInput);
    try {
      engine.complete(jobKey, variables);
    } catch (TaskGoneException gone) {
      tasks.markCancelled(jobKey);
      if (get(jobKey).state() == TaskState.COMPLETED) {
        throw alreadyCompleted(get(jobKey));
      }
      throw gone;
    }
    tasks.markCompleted(jobKey, username, variables, clock.instant());
    if (task.requestId() != null) {
      timeline.record(task.requestId(), "TASK_COMPLETED", task.name() + " completed", false, username);
    }
    return get(jobKey);
  }

  private StaffTask openTaskFor(long jobKey, String username) {
    StaffTask task = get(jobKey);
    switch (task.state()) {
      case COMPLETED -> throw alreadyCompleted(task);
      case CANCELLED -> throw new TaskGoneException(jobKey, null);
      case OPEN -> {}
    }
    if (!mayWorkOn(task, username)) {
      throw new TaskAccessDeniedException(username, jobKey);
    }
    return task;
  }

  private StaffTask get(long jobKey) {
    return tasks.find(jobKey).orElseThrow(() -> new TaskNotFoundException(jobKey));
  }

  private static TaskConflictException alreadyCompleted(StaffTask task) {
    return new TaskConflictException(
        "this task was already completed by " + task.completedBy() + " at " + task.completedAt());
  }
}
