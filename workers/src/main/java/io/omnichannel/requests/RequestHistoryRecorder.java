package io.omnichannel.requests;

import io.omnichannel.notifications.MailAudience;
import io.omnichannel.notifications.MailFailed;
import io.omnichannel.notifications.MailSent;
import io.omnichannel.sla.SlaEvents;
import io.omnichannel.tasks.TaskEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what the mail outbox, the task list and the SLA ladder report about a request into its
 * history. The listeners run in the publisher's transaction: the entry is written with the change
 * it reports, or neither is.
 */
@Component
class RequestHistoryRecorder {

  private static final String SYSTEM = "system";

  private final RequestTimeline history;

  RequestHistoryRecorder(RequestTimeline history) {
    this.history = history;
  }

  /** The customer sees her own mails; colleagues' mails are staff history; the watchdog's alerts belong to no request. */
  @EventListener
  void on(MailSent mail) {
    if (mail.requestId() == null) {
      return;
    }
    switch (mail.audience()) {
      case CUSTOMER -> history.record(mail.requestId(), "MAIL_SENT", "We sent you an e-mail: " + mail.subject(), true, SYSTEM);
      case STAFF -> history.record(mail.requestId(), "MAIL_SENT", "Internal mail sent to " + mail.recipient() + ": " + mail.subject(), false, SYSTEM);
      case WATCHDOG -> {}
    }
  }

  @EventListener
  void on(MailFailed mail) {
    if (mail.requestId() != null && mail.audience() != MailAudience.WATCHDOG) {
      history.record(
          mail.requestId(), "MAIL_FAILED",
          "Mail to " + mail.recipient() + " not delivered after " + mail.attempts() + " attempts, tried again until it goes out: "
              + mail.subject(),
          false,
          SYSTEM);
    }
  }

  @EventListener
  void on(TaskEvents.TaskCreated task) {
    String who =
        task.teamName() == null
            ? "A colleague"
            : "A colleague of the " + Character.toLowerCase(task.teamName().charAt(0)) + task.teamName().substring(1);
    history.record(task.requestId(), "TASK_CREATED", who + " is looking at your request", true, SYSTEM);
  }

  @EventListener
  void on(TaskEvents.TaskAssigned task) {
    history.record(task.requestId(), "TASK_ASSIGNED", task.taskName() + " assigned to " + task.assigneeName(), false, task.assignedBy());
  }

  @EventListener
  void on(TaskEvents.TaskCompleted task) {
    history.record(task.requestId(), "TASK_COMPLETED", task.taskName() + " completed", false, task.completedBy());
  }

  @EventListener
  void on(TaskEvents.TaskReturnedToQueue task) {
    history.record(
        task.requestId(), "TASK_RETURNED", task.taskName() + " back in the team queue: " + task.absentName() + " is absent", false, SYSTEM);
  }

  @EventListener
  void on(TaskEvents.CustomerReplySent reply) {
    history.record(reply.requestId(), "CUSTOMER_REPLY", "We wrote to you: " + reply.subject(), true, reply.sentBy());
  }

  @EventListener
  void on(SlaEvents.TeamReminded reminded) {
    history.record(
        reminded.requestId(), "TEAM_REMINDED", "Team reminded: \"" + reminded.taskName() + "\" is due " + reminded.dueInWords(), false, SYSTEM);
  }

  @EventListener
  void on(SlaEvents.SlaBreached breached) {
    history.record(
        breached.requestId(), "SLA_ESCALATED", "Overdue since " + breached.dueInWords() + ": escalated to the team lead", false, SYSTEM);
  }

  @EventListener
  void on(SlaEvents.EscalatedToProcessOwners escalated) {
    history.record(
        escalated.requestId(), "SLA_ESCALATED_TO_PROCESS_OWNERS", "Still open at twice the SLA: escalated to the process owners", false, SYSTEM);
  }
}
