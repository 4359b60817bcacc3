package io.omnichannel.sla;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.Links;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskSlaState;
import io.omnichannel.tasks.TaskState;
import io.omnichannel.tasks.UserTasks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA escalation ladder of a staff task: a reminder to the team, then the team lead. Mails go
 * through the outbox with dedup keys and the task's SLA state only moves forward, so a redelivered
 * job neither mails twice nor writes the history twice.
 */
@Service
public class SlaLadder {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final UserTasks tasks;
  private final StaffDirectory staff;
  private final StaffUsers users;
  private final BusinessCalendars calendars;
  private final MailOutbox outbox;
  private final ApplicationEventPublisher events;
  private final Links links;
  private final SlaPolicies policies;

  public SlaLadder(
      UserTasks tasks,
      StaffDirectory staff,
      StaffUsers users,
      BusinessCalendars calendars,
      MailOutbox outbox,
      ApplicationEventPublisher events,
      Links links,
      SlaPolicies policies) {
    this.tasks = tasks;
    this.staff = staff;
    this.users = users;
    this.calendars = calendars;
    this.outbox = outbox;
    this.events = events;
    this.links = links;
    this.policies = policies;
  }

  /**
   * Mails the available members of the task's teams (the lead when all are absent).
   *
   * @return the mails newly enqueued
   */
  @Transactional
  public int remindTeam(long processInstanceKey) {
    StaffTask task = taskOf(processInstanceKey);
    if (task.state() != TaskState.OPEN) {
      return 0;
    }
    Set<StaffUser> recipients = new LinkedHashSet<>();
    for (String teamId : task.candidateGroups()) {
      List<StaffUser> available = staff.availableMembersOf(teamId);
      recipients.addAll(available.isEmpty() ? staff.leadOf(teamId).stream().toList() : available);
    }
    String subject = "Reminder: " + label(task) + " is due " + when(task);
    int sent = send(task, "remind", recipients, subject, "is waiting for your team and due " + when(task));
    if (tasks.advanceSlaState(task.jobKey(), TaskSlaState.REMINDED) && task.requestId() != null) {
      events.publishEvent(new SlaEvents.TeamReminded(task.requestId(), task.jobKey(), task.name(), task.dueAt(), when(task)));
    }
    return sent;
  }

  /**
   * Mails the lead of each of the task's teams and marks the task escalated.
   *
   * @return the mails newly enqueued
   */
  @Transactional
  public int escalateToTeamLead(long processInstanceKey) {
    StaffTask task = taskOf(processInstanceKey);
    if (task.state() != TaskState.OPEN) {
      return 0;
    }
    List<StaffUser> leads = new ArrayList<>();
    task.candidateGroups().forEach(teamId -> staff.leadOf(teamId).ifPresent(leads::add));
    String subject = "Overdue: " + label(task) + " was due " + when(task);
    int sent = send(task, "escalate", leads, subject, "is overdue since " + when(task) + ". Please see that someone takes it");
    if (tasks.advanceSlaState(task.jobKey(), TaskSlaState.ESCALATED) && task.requestId() != null) {
      events.publishEvent(new SlaEvents.SlaBreached(task.requestId(), task.jobKey(), task.name(), task.dueAt(), when(task)));
    }
    return sent;
  }

  /**
   * Complaints only, at the policy's process-owner share of the SLA (twice it by default): mails every
   * process owner that the complaint is still not handled although the team lead was told. The task's
   * SLA state stays ESCALATED.
   *
   * @return the mails newly enqueued
   */
  @Transactional
  public int notifyProcessOwners(long processInstanceKey) {
    StaffTask task = taskOf(processInstanceKey);
    if (task.state() != TaskState.OPEN) {
      return 0;
    }
    List<StaffUser> owners = users.withRole(StaffRole.PROCESS_OWNER);
    String subject = "Complaint overdue " + share(task) + " its SLA: " + label(task) + " was due " + when(task);
    int sent =
        send(task, "process-owners", owners, subject,
            "is still not handled; it was due " + when(task) + " and the team lead was told then. Please look into the process");
    if (sent > 0 && task.requestId() != null) {
      events.publishEvent(new SlaEvents.EscalatedToProcessOwners(task.requestId(), task.jobKey(), task.name(), task.dueAt()));
    }
    return sent;
  }

  /** "twice" (the default), or e.g. "at 150 % of", from the policy version the task was planned on. */
  private String share(StaffTask task) {
    int percent =
        task.variables().get(PlanSlaWorker.SLA_POLICY_VERSION) instanceof Number id
            ? policies.version(id.longValue()).map(v -> v.policy().processOwnersAtPercent()).orElse(SlaPolicy.DEFAULT_PROCESS_OWNERS_AT_PERCENT)
            : SlaPolicy.DEFAULT_PROCESS_OWNERS_AT_PERCENT;
    return percent == 200 ? "twice" : "at " + percent + " % of";
  }

  private StaffTask taskOf(long processInstanceKey) {
    // the mirror may lag behind the timer in theory; failing lets the engine retry
    return tasks
        .latestOfProcessInstance(processInstanceKey)
        .orElseThrow(() -> new IllegalStateException("no task mirrored yet for process instance " + processInstanceKey));
  }

  private int send(StaffTask task, String kind, Iterable<StaffUser> recipients, String subject, String what) {
    int sent = 0;
    for (StaffUser user : recipients) {
      String key = kind + ":" + (task.requestId() != null ? task.requestId() : task.processInstanceKey())
          + ":" + task.elementInstanceKey() + ":" + user.username();
      String body = "Hello " + user.displayName() + ",\n\n\"" + task.name() + "\" for " + label(task) + " " + what
          + ".\n\nOpen the task: " + links.task(task.jobKey()) + "\n";
      if (outbox.enqueue(OutboundMail.toStaff(key, task.requestId(), user.email(), subject, body))) {
        sent++;
      }
    }
    return sent;
  }

  private static String label(StaffTask task) {
    return task.reference() != null ? "request " + task.reference() : "task " + task.jobKey();
  }

  private String when(StaffTask task) {
    if (task.dueAt() == null) {
      return "now";
    }
    return task.dueAt().atZone(zoneOf(task)).format(WHEN);
  }

  private ZoneId zoneOf(StaffTask task) {
    return task.candidateGroups().stream()
        .findFirst()
        .flatMap(staff::team)
        .map(Team::calendarId)
        .map(id -> calendars.get(id).zone())
        .orElse(ZoneId.of("UTC"));
  }
}
