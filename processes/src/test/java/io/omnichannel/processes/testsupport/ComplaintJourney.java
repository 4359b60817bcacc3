package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ComplaintProcess.Variables.PUBLIC_CHANNEL;
import static io.omnichannel.processes.ComplaintProcess.Variables.REPEATED_CONTACTS;
import static io.omnichannel.processes.ComplaintProcess.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.ComplaintProcess.Variables.SLA_REMINDER_AT;
import static io.omnichannel.processes.ComplaintProcess.Variables.SLA_SECOND_ESCALATION_AT;
import static io.omnichannel.processes.ComplaintProcess.Variables.TASK_PRIORITY;
import static io.omnichannel.processes.ComplaintProcess.Variables.TEAM;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.processes.JobTypes;
import java.time.Instant;
import java.util.Map;

/** The complaint journey: one case per customer in the complaints team's queue, its ladder and its repeated contacts. */
public final class ComplaintJourney extends JourneyDriver {

  public ComplaintJourney(ProcessEngineDriver engine) {
    super(engine, ComplaintProcess.RESOURCE, ComplaintProcess.START_MESSAGE, ComplaintProcess.REQUEST_TYPE);
  }

  /** The intake's start message: the team and whether the complaint came from a public channel. */
  public InspectedProcessInstance start(String reference, boolean publicChannel) {
    return started(
        publishStart(reference, requestIdOf(reference), MESSAGE_TIME_TO_LIVE,
            Map.of(TEAM, ComplaintProcess.COMPLAINTS_TEAM, PUBLIC_CHANNEL, publicChannel)),
        reference);
  }

  /** As {@code PlanSlaWorker} answers: ISO-8601 with the calendar's offset, the second escalation included. */
  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt, Instant secondEscalationAt) {
    return engine().complete(
        JobTypes.PLAN_SLA,
        Map.of(
            SLA_REMINDER_AT, inCalendarZone(reminderAt),
            SLA_DUE_AT, inCalendarZone(dueAt),
            SLA_SECOND_ESCALATION_AT, inCalendarZone(secondEscalationAt)));
  }

  /** The customer got in touch again, as the outbox publishes it: the contact's id is the message id. */
  public PublishMessageResponse customerGotInTouchAgain(String reference, int contactNumber) {
    return customerGotInTouchAgain(reference, contactNumber, false);
  }

  /** @param inPublic the contact came from a public post or review */
  public PublishMessageResponse customerGotInTouchAgain(String reference, int contactNumber, boolean inPublic) {
    return engine().publish(
        ComplaintProcess.REPEATED_MESSAGE, reference, "repeat-" + reference + "-" + contactNumber, MESSAGE_TIME_TO_LIVE,
        Map.of(REPEATED_CONTACTS, contactNumber, ComplaintProcess.Variables.PUBLIC_CONTACT, inPublic));
  }

  /** As the worker answers: the raised priority of the case's task, and no contact in public. */
  public ActivatedJob repeatedContactEscalated(int priority) {
    return repeatedContactEscalated(priority, false);
  }

  /** As the worker answers: the raised priority, and whether a contact since came in public. */
  public ActivatedJob repeatedContactEscalated(int priority, boolean inPublic) {
    return engine().complete(
        JobTypes.ESCALATE_REPEATED_COMPLAINT, Map.of(TASK_PRIORITY, priority, ComplaintProcess.Variables.CONTACT_IN_PUBLIC, inPublic));
  }

  public ActivatedJob publicComplaintAlerted() {
    return engine().complete(JobTypes.ALERT_PUBLIC_COMPLAINT, Map.of());
  }

  public ActivatedJob ratingInvited() {
    return engine().complete(JobTypes.INVITE_COMPLAINT_RATING, Map.of());
  }

  /** The rating page's message, as the outbox publishes it. */
  public PublishMessageResponse customerRates(String reference, int rating) {
    return engine().publish(
        ComplaintProcess.RATED_MESSAGE, reference, "rating-" + requestIdOf(reference), MESSAGE_TIME_TO_LIVE,
        Map.of(ComplaintProcess.Variables.RATING, rating));
  }

  /** As the worker answers: the complaints team's lead. */
  public ActivatedJob reopened(String teamLead) {
    return engine().complete(JobTypes.REOPEN_COMPLAINT, Map.of(ComplaintProcess.Variables.TEAM_LEAD, teamLead));
  }

  /** The whole way from the team's answer to the rating invitation. */
  public void answeredAndClosed(String reference, String answer) {
    staffAnswers(answer);
    answerSent();
    answerDelivered(reference);
    requestClosed();
    ratingInvited();
  }

  public ActivatedJob processOwnersTold() {
    return engine().complete(JobTypes.NOTIFY_PROCESS_OWNERS, Map.of());
  }
}
