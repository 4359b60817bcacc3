package io.omnichannel.tasks;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.BusinessDate;
import io.omnichannel.platform.Links;
import io.omnichannel.staff.AbsencePeriod;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff say they are away. No task belongs to an absent person: from the first day of the absence
 * the tasks they claimed go back to their team queues, and each team lead gets one mail per absence
 * naming the tasks that came back.
 */
@Service
public class Absences {

  private final StaffUsers users;
  private final StaffDirectory staff;
  private final UserTasks tasks;
  private final MailOutbox outbox;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final BusinessDate date;
  private final Links links;

  public Absences(
      StaffUsers users,
      StaffDirectory staff,
      UserTasks tasks,
      MailOutbox outbox,
      ApplicationEventPublisher events,
      Clock clock,
      BusinessDate date,
      Links links) {
    this.users = users;
    this.staff = staff;
    this.tasks = tasks;
    this.outbox = outbox;
    this.events = events;
    this.clock = clock;
    this.date = date;
    this.links = links;
  }

  public StaffUser user(String username) {
    return users.find(username).orElseThrow(() -> new NoSuchElementException("no staff user " + username));
  }

  public LocalDate today() {
    return date.today();
  }

  /** Records the absence; when it has begun, the user's tasks go back to the queue at once. @return tasks returned */
  @Transactional
  public List<StaffTask> markAbsent(String username, AbsencePeriod period) {
    users.markAbsent(username, period.from(), period.until(), clock.instant());
    return period.covers(today()) ? returnTasksOf(username) : List.of();
  }

  @Transactional
  public void markBack(String username) {
    users.markBack(username);
  }

  /** Run by {@link AbsenceSweep} for absences that begin on a later day, and after marking one. */
  @Transactional
  public List<StaffTask> returnTasksOf(String username) {
    StaffUser user = user(username);
    if (!user.isAbsentOn(today())) {
      return List.of();
    }
    List<StaffTask> returned = tasks.releaseAllClaimedBy(username);
    for (StaffTask task : returned) {
      if (task.requestId() != null) {
        events.publishEvent(new TaskEvents.TaskReturnedToQueue(task.requestId(), task.jobKey(), task.name(), user.displayName()));
      }
    }
    if (!returned.isEmpty()) {
      tellTeamLeads(user, returned);
    }
    return returned;
  }

  public List<StaffUser> absentToday() {
    return users.absentOn(today());
  }

  private void tellTeamLeads(StaffUser user, List<StaffTask> returned) {
    Instant notedAt = users.absenceNotedAt(user.username()).orElse(Instant.EPOCH);
    Map<StaffUser, List<StaffTask>> byLead = new LinkedHashMap<>();
    for (StaffTask task : returned) {
      task.candidateGroups().stream()
          .map(staff::leadOf)
          .flatMap(Optional::stream)
          .distinct()
          .forEach(lead -> byLead.computeIfAbsent(lead, l -> new java.util.ArrayList<>()).add(task));
    }
    byLead.forEach(
        (lead, leadsTasks) ->
            outbox.enqueue(
                OutboundMail.toStaff(
                    "absence:" + user.username() + ":" + notedAt.toEpochMilli() + ":" + lead.username(),
                    null,
                    lead.email(),
                    user.displayName() + " is absent: " + leadsTasks.size() + " task(s) back in the team queue",
                    body(user, lead, leadsTasks))));
  }

  private String body(StaffUser user, StaffUser lead, List<StaffTask> returned) {
    String period =
        user.absentUntil() == null
            ? "until further notice"
            : "until " + user.absentUntil() + " (last day)";
    String list =
        returned.stream()
            .map(t -> "- " + t.name() + " · " + t.reference() + (t.dueAt() == null ? "" : " · due " + t.dueAt())
                + "\n  " + links.task(t.jobKey()))
            .collect(Collectors.joining("\n"));
    return "Hello " + lead.displayName() + ",\n\n"
        + user.displayName() + " is absent " + period + ". The tasks they had claimed are back in the team queue,"
        + " where colleagues can claim them or you can assign them:\n\n" + list + "\n";
  }
}
