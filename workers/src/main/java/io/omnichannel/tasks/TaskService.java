package io.omnichannel.tasks;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.platform.BusinessDate;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * What staff do with tasks. A claim only says "I am on it": any colleague of the task's teams may
 * still complete it or release the claim, so an absent colleague never blocks a customer.
 */
@Service
public class TaskService {

  private final UserTasks tasks;
  private final StaffDirectory staff;
  private final StaffUsers users;
  private final TaskEngine engine;
  private final ApplicationEventPublisher events;
  private final MailOutbox outbox;
  private final AssignmentMail assignmentMail;
  private final TaskForms forms;
  private final BusinessDate date;
  private final Clock clock;

  public TaskService(
      UserTasks tasks,
      StaffDirectory staff,
      StaffUsers users,
      TaskEngine engine,
      ApplicationEventPublisher events,
      MailOutbox outbox,
      AssignmentMail assignmentMail,
      TaskForms forms,
      BusinessDate date,
      Clock clock) {
    this.tasks = tasks;
    this.staff = staff;
    this.users = users;
    this.engine = engine;
    this.events = events;
    this.outbox = outbox;
    this.assignmentMail = assignmentMail;
    this.forms = forms;
    this.date = date;
    this.clock = clock;
  }

  /** Open tasks of the user's teams, offered to them by name, or claimed by them; earliest due first. */
  public List<StaffTask> openTasksFor(String username) {
    return tasks.openFor(username, staff.teamsOf(username));
  }

  public Optional<StaffTask> find(long jobKey) {
    return tasks.find(jobKey);
  }

  /** A page of the task list; see {@link UserTasks#teamQueue(TaskQuery)}. */
  public TaskPage list(TaskQuery query) {
    return tasks.teamQueue(query);
  }

  public List<String> teamsOf(String username) {
    return staff.teamsOf(username);
  }

  /** Open and overdue counts of each of the user's team queues. */
  public List<QueueCount> queueCounts(String username) {
    return tasks.queueCounts(staff.teamsOf(username), clock.instant());
  }

  public QueueCount myCount(String username) {
    return tasks.myCount(username, clock.instant());
  }

  /** Whether the user may work on the task; for showing or hiding actions. */
  public boolean mayWorkOn(StaffTask task, String username) {
    return task.isCandidate(username, staff.teamsOf(username));
  }

  /** @throws TaskConflictException when a colleague holds it, or the user is marked absent today */
  public StaffTask claim(long jobKey, String username) {
    StaffTask task = openTaskFor(jobKey, username);
    if (isAbsentToday(username)) {
      throw new TaskConflictException(
          "you are marked absent today, so you cannot claim tasks; mark yourself back first");
    }
    if (!tasks.claim(jobKey, username, clock.instant())) {
      throw new TaskConflictException("this task is already claimed by " + task.assignee());
    }
    return get(jobKey);
  }

  public StaffTask release(long jobKey, String username) {
    openTaskFor(jobKey, username);
    tasks.release(jobKey);
    return get(jobKey);
  }

  /** Whether the user may hand this task to a colleague: a team lead of one of its teams. */
  public boolean mayAssign(StaffTask task, String username) {
    Set<String> teams = teamsAssignableBy(username);
    return task.candidateGroups().stream().anyMatch(teams::contains);
  }

  /** The teams whose tasks the user may hand to colleagues: as a team lead, those they lead or belong to. */
  public Set<String> teamsAssignableBy(String username) {
    if (users.find(username).filter(u -> u.hasRole(StaffRole.TEAM_LEAD)).isEmpty()) {
      return Set.of();
    }
    Set<String> teams = new HashSet<>(staff.teamsLedBy(username));
    teams.addAll(staff.teamsOf(username));
    return teams;
  }

  /** Members of the task's teams who are at work today: whom a team lead may give it to. */
  public List<StaffUser> colleaguesFor(StaffTask task) {
    LocalDate today = today();
    return task.candidateGroups().stream()
        .flatMap(team -> staff.membersOf(team).stream())
        .filter(u -> u.isAvailableOn(today))
        .distinct()
        .sorted(Comparator.comparing(StaffUser::displayName))
        .toList();
  }

  /**
   * A team lead gives the task to a colleague of its team, whoever held it before. The colleague
   * gets a mail and the request's history notes it; assigning it to the one who holds it already
   * changes nothing and sends nothing.
   *
   * @throws TaskAssignmentRefusedException when the lead is not a team lead of the task's team, or
   *     the colleague is not in the team or is absent
   */
  @Transactional
  public StaffTask assign(long jobKey, String lead, String assignee) {
    StaffTask task = openTask(jobKey);
    if (!mayAssign(task, lead)) {
      throw new TaskAssignmentRefusedException(
          "Only a team lead of " + String.join(", ", task.candidateGroups()) + " can assign this task.");
    }
    StaffUser colleague =
        users.find(assignee == null ? "" : assignee)
            .orElseThrow(() -> new TaskAssignmentRefusedException("Choose a colleague to assign the task to."));
    if (!task.isCandidate(colleague.username(), staff.teamsOf(colleague.username()))) {
      throw new TaskAssignmentRefusedException(
          colleague.displayName() + " is not a member of the team this task belongs to.");
    }
    if (colleague.isAbsentOn(today())) {
      throw new TaskAssignmentRefusedException(
          colleague.displayName() + " is absent; assign the task to a colleague who is at work.");
    }
    Instant at = clock.instant();
    if (tasks.assign(jobKey, colleague.username(), at)) {
      if (task.requestId() != null) {
        events.publishEvent(new TaskEvents.TaskAssigned(task.requestId(), jobKey, task.name(), colleague.displayName(), lead));
      }
      StaffUser teamLead = users.find(lead).orElseThrow();
      outbox.enqueue(assignmentMail.of(task, colleague, teamLead, at));
    }
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
    Map<String, Object> variables = forms.variablesFor(task.formKey(), formInput, username);
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
      events.publishEvent(new TaskEvents.TaskCompleted(task.requestId(), jobKey, task.name(), username, task.formKey(), variables));
    }
    return get(jobKey);
  }

  private StaffTask openTaskFor(long jobKey, String username) {
    StaffTask task = openTask(jobKey);
    if (!mayWorkOn(task, username)) {
      throw new TaskAccessDeniedException(username, jobKey);
    }
    return task;
  }

  private StaffTask openTask(long jobKey) {
    StaffTask task = get(jobKey);
    switch (task.state()) {
      case COMPLETED -> throw alreadyCompleted(task);
      case CANCELLED -> throw new TaskGoneException(jobKey, null);
      case OPEN -> {}
    }
    return task;
  }

  private boolean isAbsentToday(String username) {
    return users.find(username).map(u -> u.isAbsentOn(today())).orElse(false);
  }

  private LocalDate today() {
    return date.today();
  }

  private StaffTask get(long jobKey) {
    return tasks.find(jobKey).orElseThrow(() -> new TaskNotFoundException(jobKey));
  }

  private static TaskConflictException alreadyCompleted(StaffTask task) {
    return new TaskConflictException(
        "this task was already completed by " + task.completedBy() + " at " + task.completedAt());
  }
}
