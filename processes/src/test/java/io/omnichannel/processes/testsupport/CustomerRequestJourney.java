package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.CustomerRequestProcess.Variables.ANSWER_TEXT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.DECISION;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.DECISION_ANSWER;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.DECISION_ASK_CUSTOMER;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.QUESTION_TEXT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.REFERENCE;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.REQUEST_ID;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.REQUEST_TYPE;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.SLA_REMINDER_AT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.SLA_SECOND_ESCALATION_AT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.TEAM;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.processes.JobTypes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The customer-request journey with every worker and every staff member played by the test: each
 * method completes one job with the variables the real worker (or the task list) returns.
 */
public final class CustomerRequestJourney {

  private static final ZoneId CALENDAR_ZONE = ZoneId.of("Europe/Berlin");

  private final ProcessEngineDriver engine;

  public CustomerRequestJourney(ProcessEngineDriver engine) {
    this.engine = engine;
    engine.deploy(CustomerRequestProcess.RESOURCE);
  }

  public ProcessEngineDriver engine() {
    return engine;
  }

  /** The intake's start message: request id as message id, the type and the team it chose. */
  public PublishMessageResponse requestReceived(String reference, String requestType, String team) {
    return engine.publish(
        CustomerRequestProcess.START_MESSAGE,
        reference,
        ManualRequestJourney.requestIdOf(reference),
        ManualRequestJourney.MESSAGE_TIME_TO_LIVE,
        Map.of(
            REQUEST_ID, ManualRequestJourney.requestIdOf(reference),
            REFERENCE, reference,
            REQUEST_TYPE, requestType,
            TEAM, team));
  }

  public InspectedProcessInstance start(String reference, String requestType, String team) {
    var message = requestReceived(reference, requestType, team);
    return engine
        .instanceStartedBy(message)
        .orElseThrow(() -> new AssertionError("message " + reference + " started no process instance"));
  }

  public ActivatedJob acknowledged() {
    return engine.complete(JobTypes.ACKNOWLEDGE_REQUEST, Map.of());
  }

  /** As {@code PlanSlaWorker} answers: ISO-8601 with the calendar's offset, the second escalation included. */
  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt, Instant secondEscalationAt) {
    return engine.complete(
        JobTypes.PLAN_SLA,
        Map.of(
            SLA_REMINDER_AT, inCalendarZone(reminderAt),
            SLA_DUE_AT, inCalendarZone(dueAt),
            SLA_SECOND_ESCALATION_AT, inCalendarZone(secondEscalationAt)));
  }

  private static String inCalendarZone(Instant instant) {
    return OffsetDateTime.ofInstant(instant, CALENDAR_ZONE).toString();
  }

  public ActivatedJob staffAnswers(String answerText) {
    return engine.complete(JobTypes.USER_TASK, Map.of(DECISION, DECISION_ANSWER, ANSWER_TEXT, answerText));
  }

  public ActivatedJob staffAskCustomer(String questionText) {
    return engine.complete(JobTypes.USER_TASK, Map.of(DECISION, DECISION_ASK_CUSTOMER, QUESTION_TEXT, questionText));
  }

  public ActivatedJob customerAsked() {
    return engine.complete(JobTypes.ASK_CUSTOMER, Map.of());
  }

  public ActivatedJob customerReminded() {
    return engine.complete(JobTypes.REMIND_CUSTOMER, Map.of());
  }

  public PublishMessageResponse customerAnswers(String reference, String inboundMessageId) {
    return engine.publish(
        CustomerRequestProcess.CUSTOMER_ANSWERED_MESSAGE,
        reference,
        inboundMessageId,
        ManualRequestJourney.MESSAGE_TIME_TO_LIVE,
        Map.of());
  }

  public ActivatedJob answerSent() {
    return engine.complete(JobTypes.SEND_ANSWER, Map.of());
  }

  public ActivatedJob requestClosed() {
    return engine.complete(JobTypes.CLOSE_REQUEST, Map.of());
  }

  public ActivatedJob teamReminded() {
    return engine.complete(JobTypes.REMIND_TEAM, Map.of());
  }

  public ActivatedJob teamLeadTold() {
    return engine.complete(JobTypes.ESCALATE_TO_TEAM_LEAD, Map.of());
  }

  public ActivatedJob processOwnersTold() {
    return engine.complete(JobTypes.NOTIFY_PROCESS_OWNERS, Map.of());
  }
}
