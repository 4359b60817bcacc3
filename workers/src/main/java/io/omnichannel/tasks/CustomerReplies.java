package io.omnichannel.tasks;

import io.omnichannel.notifications.MailBody;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff write to the customer from a task: by e-mail through the outbox, and into the request's timeline. */
@Service
public class CustomerReplies {

  private final TaskService taskService;
  private final ReplyTemplates templates;
  private final RequestFactsLookup requests;
  private final MailOutbox outbox;
  private final ApplicationEventPublisher events;
  private final StaffUsers users;

  public CustomerReplies(
      TaskService taskService,
      ReplyTemplates templates,
      RequestFactsLookup requests,
      MailOutbox outbox,
      ApplicationEventPublisher events,
      StaffUsers users) {
    this.taskService = taskService;
    this.templates = templates;
    this.requests = requests;
    this.outbox = outbox;
    this.events = events;
    this.users = users;
  }

  /** The template filled in for this task's request and the signed-in colleague; empty for an unknown template. */
  public CustomerReply draft(StaffTask task, String templateId, String username) {
    RequestFactsLookup.RequestContact request = task.requestId() == null ? null : requests.contactOf(task.requestId()).orElse(null);
    String agent = users.find(username).map(StaffUser::displayName).orElse(username);
    return templates
        .find(templateId)
        .map(t -> t.fill(Map.of(
            "customerName", request == null || request.customerName() == null ? "customer" : request.customerName(),
            "reference", task.reference() == null ? "" : task.reference(),
            "typeNumber", request == null || request.typeNumber() == null ? "product" : request.typeNumber(),
            "agentName", agent)))
        .orElse(new CustomerReply("", ""));
  }

  /**
   * Sends the reply once: {@code replyId} comes with the form, so a doubled submit sends one mail.
   *
   * @return false when this reply was sent before
   * @throws TaskFormValidationException for an empty subject or a too short message
   * @throws TaskGoneException when the task is no longer open
   */
  @Transactional
  public boolean send(long jobKey, String username, UUID replyId, CustomerReply reply) {
    StaffTask task = taskService.find(jobKey).orElseThrow(() -> new TaskNotFoundException(jobKey));
    if (!task.isOpen()) {
      throw new TaskGoneException(jobKey, null);
    }
    if (!taskService.mayWorkOn(task, username)) {
      throw new TaskAccessDeniedException(username, jobKey);
    }
    CustomerReply valid = reply.validated();
    UUID requestId = task.requestId();
    RequestFactsLookup.RequestContact request =
        (requestId == null ? Optional.<RequestFactsLookup.RequestContact>empty() : requests.contactOf(requestId))
            .orElseThrow(() -> new TaskConflictException("this task belongs to no customer request"));
    boolean enqueued =
        outbox.enqueue(
            OutboundMail.toCustomer("reply:" + jobKey + ":" + replyId, requestId, request.customerEmail(),
                valid.subject(), MailBody.text(valid.body()), null));
    if (enqueued) {
      events.publishEvent(new TaskEvents.CustomerReplySent(requestId, jobKey, valid.subject(), username));
    }
    return enqueued;
  }
}
