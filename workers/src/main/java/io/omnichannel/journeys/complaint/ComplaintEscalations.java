package io.omnichannel.journeys.complaint;

import io.omnichannel.notifications.MailBody;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.Links;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.requests.RequestContact;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.UserTasks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint's escalations that do not wait for a due date: a complaint from a public channel
 * (team lead and process owners at once) and every repeated contact (priority up, team lead at
 * once). Mails go through the outbox with a key per person and occasion, so a job delivered twice
 * mails once.
 */
@Service
class ComplaintEscalations {

  /** The priority of a case's task: Zeebe's default 50, plus 15 for every repeated contact, at most 100. */
  static int priorityAfter(int contactNumber) {
    return Math.min(100, 50 + 15 * Math.max(0, contactNumber - 1));
  }

  private final RequestTracking tracking;
  private final RequestHistory history;
  private final ComplaintDetails details;
  private final StaffDirectory staff;
  private final StaffUsers users;
  private final UserTasks tasks;
  private final MailOutbox mail;
  private final Links links;

  ComplaintEscalations(
      RequestTracking tracking, RequestHistory history, ComplaintDetails details, StaffDirectory staff, StaffUsers users,
      UserTasks tasks, MailOutbox mail, Links links) {
    this.tracking = tracking;
    this.history = history;
    this.details = details;
    this.staff = staff;
    this.users = users;
    this.tasks = tasks;
    this.mail = mail;
    this.links = links;
  }

  /** @return the mails newly enqueued */
  @Transactional
  public int alertPublic(UUID requestId) {
    RequestSummary request = tracking.summary(requestId);
    String url = details.publicUrl(requestId).orElse("(no link recorded)");
    Map<String, StaffUser> recipients = new LinkedHashMap<>();
    staff.leadOf(ComplaintProcess.COMPLAINTS_TEAM).ifPresent(lead -> recipients.put(lead.username(), lead));
    users.withRole(StaffRole.PROCESS_OWNER).forEach(owner -> recipients.putIfAbsent(owner.username(), owner));
    String subject = "Public complaint " + request.reference() + ": " + (request.subject() == null ? "a post names the shop" : request.subject());
    int sent = 0;
    for (StaffUser user : recipients.values()) {
      String body = "Hello " + user.displayName() + ",\n\n" + request.contactName() + " complained in public about us:\n" + url
          + "\n\nThe complaint " + request.reference() + " is in the complaints team's queue; it comes to you at once because "
          + "others read it too.\n\nThe customer's history: " + links.page("/staff/customers/" + request.customerId()) + "\n";
      if (mail.enqueue(OutboundMail.toStaff("public-complaint:" + requestId + ":" + user.username(), requestId, user.email(), subject, body))) {
        sent++;
      }
    }
    history.recordOnce(requestId, "PUBLIC_COMPLAINT_ALERTED",
        "A complaint in public (" + url + "): the team lead and the process owners were told at once.", false, "system");
    return sent;
  }

  /** What a repeated contact's escalation leaves for the model: the task's priority, and whether a contact came in public. */
  public record Escalated(int priority, boolean inPublic) {}

  /**
   * The customer got in touch again: the case's open task rises in priority, the team lead is told,
   * the customer is told her message joined her complaint. Every contact up to the latest one is
   * handled, not only {@code contactNumber}: a message that reached the engine while the previous
   * one was being correlated is not correlated again, so the job of the previous one catches up
   * (each contact's mails have their own keys, so none goes twice).
   */
  @Transactional
  public Escalated repeated(UUID requestId, int contactNumber) {
    RequestSummary request = tracking.summary(requestId);
    List<RequestContact> contacts = tracking.contactsOf(requestId);
    int latest = contacts.stream().mapToInt(RequestContact::number).max().orElse(1);
    latest = Math.max(latest, contactNumber);
    int priority = priorityAfter(latest);
    tasks.raisePriority(requestId, priority);
    List<StaffTask> open = tasks.openOfRequests(List.of(requestId));
    String where = open.isEmpty() ? links.page("/staff/customers/" + request.customerId()) : links.task(open.getFirst().jobKey());
    List<StaffUser> leads = new ArrayList<>();
    staff.leadOf(ComplaintProcess.COMPLAINTS_TEAM).ifPresent(leads::add);
    for (int number = 2; number <= latest; number++) {
      tellAbout(request, number, priorityAfter(number), leads, where);
    }
    boolean inPublic = contacts.stream().anyMatch(contact -> contact.number() >= 2 && contact.inPublic());
    return new Escalated(priority, inPublic);
  }

  private void tellAbout(RequestSummary request, int contactNumber, int priority, List<StaffUser> leads, String where) {
    UUID requestId = request.id();
    boolean told = false;
    for (StaffUser lead : leads) {
      String subject = "Complaint " + request.reference() + ": the customer got in touch again (contact #" + contactNumber + ")";
      String body = "Hello " + lead.displayName() + ",\n\n" + request.contactName() + " got in touch again about the open complaint "
          + request.reference() + ": this is contact #" + contactNumber + ". Its priority is now " + priority
          + ". Please see that it is answered before it is painted on a van.\n\nOpen it: " + where + "\n";
      told |= mail.enqueue(OutboundMail.toStaff(
          "repeated-complaint:" + requestId + ":" + contactNumber + ":" + lead.username(), requestId, lead.email(), subject, body));
    }
    boolean acknowledged = false;
    if (request.contactEmail() != null) {
      String text = "Hello " + request.contactName() + ",\n\nthank you for your message. We have added it to your complaint "
          + request.reference() + ", and the team lead of our complaints team now looks after it personally.\n\n"
          + "Follow it here: " + links.tracking(request.trackingToken()) + "\n";
      acknowledged = mail.enqueue(OutboundMail.toCustomer(
          "repeated-complaint-ack:" + requestId + ":" + contactNumber, requestId, request.contactEmail(),
          "Your complaint " + request.reference() + ": we have your message", MailBody.text(text), null));
    }
    if (told || (leads.isEmpty() && acknowledged)) {
      history.record(requestId, "REPEATED_CONTACT_ESCALATED",
          "Repeated contact #" + contactNumber + ": priority raised to " + priority
              + (leads.isEmpty() ? "; the complaints team has no lead to tell." : ", the team lead was told at once."),
          false, "system");
    }
  }
}
