package io.omnichannel.tasks;

import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.Links;
import io.omnichannel.staff.StaffUser;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The mail a colleague gets when a team lead hands them a task, so the work does not wait until
 * they happen to open the list. One mail per assignment: the dedup key names the assignment's
 * moment, which only the one update that really changed the assignee records.
 */
@Component
class AssignmentMail {

  private final Links links;

  AssignmentMail(Links links) {
    this.links = links;
  }

  OutboundMail of(StaffTask task, StaffUser colleague, StaffUser lead, Instant assignedAt) {
    String due = task.dueAt() == null ? "" : "Due: " + task.dueAt() + "\n";
    return OutboundMail.toStaff(
        "task-assigned:" + task.jobKey() + ":" + colleague.username() + ":" + assignedAt.toEpochMilli(),
        null,
        colleague.email(),
        "Assigned to you: " + task.name() + " · " + task.reference(),
        "Hello " + colleague.displayName() + ",\n\n"
            + lead.displayName() + " has assigned a task to you:\n\n"
            + task.name() + " · " + task.reference()
            + (task.request().customerName() == null ? "" : " · " + task.request().customerName()) + "\n"
            + due
            + links.task(task.jobKey()) + "\n");
  }
}
