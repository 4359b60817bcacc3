package io.omnichannel.tasklist;

import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskQuery;
import java.time.Instant;

/** A task as one line of the list: what, for which request and customer, how urgent, when to look again. */
record TaskRow(
    long jobKey,
    String name,
    String reference,
    String teams,
    String assignee,
    Instant dueAt,
    String urgency,
    String customer,
    String channel,
    int priority,
    Instant followUpAt,
    String slaState) {

  static TaskRow of(StaffTask task, Instant now) {
    return new TaskRow(
        task.jobKey(),
        task.name(),
        task.reference(),
        String.join(", ", task.candidateGroups()),
        task.assignee(),
        task.dueAt(),
        urgency(task, now),
        task.request().customerName(),
        task.request().channel(),
        task.priority(),
        task.followUpAt(),
        slaState(task));
  }

  /** What the SLA timers of the model did so far, in words; null while nothing happened. */
  private static String slaState(StaffTask task) {
    return switch (task.slaState()) {
      case ON_TIME -> null;
      case REMINDED -> "team reminded";
      case ESCALATED -> "escalated to the team lead";
    };
  }

  /** Camunda Tasklist's words for the priority 0–100. */
  public String priorityLabel() {
    if (priority > 75) {
      return "Critical";
    }
    if (priority > 50) {
      return "High";
    }
    return priority > 25 ? "Medium" : "Low";
  }

  private static String urgency(StaffTask task, Instant now) {
    if (task.dueAt() == null) {
      return "none";
    }
    if (task.isOverdue(now)) {
      return "overdue";
    }
    return now.plus(TaskQuery.DUE_SOON).isAfter(task.dueAt()) ? "due-soon" : "on-time";
  }
}
