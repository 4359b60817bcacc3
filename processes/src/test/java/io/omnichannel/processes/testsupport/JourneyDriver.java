package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.SharedModel.Variables.ANSWER_TEXT;
import static io.omnichannel.processes.SharedModel.Variables.DECISION;
import static io.omnichannel.processes.SharedModel.Variables.DECISION_ANSWER;
import static io.omnichannel.processes.SharedModel.Variables.DECISION_ASK_CUSTOMER;
import static io.omnichannel.processes.SharedModel.Variables.QUESTION_TEXT;
import static io.omnichannel.processes.SharedModel.Variables.REFERENCE;
import static io.omnichannel.processes.SharedModel.Variables.REQUEST_ID;
import static io.omnichannel.processes.SharedModel.Variables.REQUEST_TYPE;
import static io.omnichannel.processes.SharedModel.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.SharedModel.Variables.SLA_REMINDER_AT;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A journey model with every worker and every staff member played by the test: each method
 * completes one job with the variables the real worker (or the task list) returns, or publishes a
 * message as the outbox does. This base holds the steps every model shares; each model's driver
 * adds its own.
 */
public abstract class JourneyDriver {

  /** The client's default, which the dispatcher keeps: a re-sent message with the same id is rejected for that long. */
  public static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofHours(1);

  private static final ZoneId CALENDAR_ZONE = ZoneId.of("Europe/Berlin");

  private final ProcessEngineDriver engine;
  private final String startMessage;
  private final String requestType;

  protected JourneyDriver(ProcessEngineDriver engine, String resource, String startMessage, String requestType) {
    this.engine = engine;
    this.startMessage = startMessage;
    this.requestType = requestType;
    engine.deploy(resource);
  }

  public ProcessEngineDriver engine() {
    return engine;
  }

  /** The ledger's id of the request with this reference: fixed per reference, so a re-send repeats it. */
  public static String requestIdOf(String reference) {
    return UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** An SLA instant as the SLA worker computes it: whole minutes, some hours ahead of the engine's clock. */
  public static Instant hoursFromNow(int hours) {
    return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(hours));
  }

  /** As the SLA and pickup workers answer: ISO-8601 with the calendar's offset. */
  public static String inCalendarZone(Instant instant) {
    return OffsetDateTime.ofInstant(instant, CALENDAR_ZONE).toString();
  }

  /**
   * The intake's start message as the dispatcher sends it: the request id as message id, the
   * request's id, reference and type, and what this journey's intake adds.
   */
  protected PublishMessageResponse publishStart(
      String reference, String messageId, Duration timeToLive, Map<String, Object> journeyVariables) {
    Map<String, Object> variables = new HashMap<>(journeyVariables);
    variables.put(REQUEST_ID, requestIdOf(reference));
    variables.put(REFERENCE, reference);
    if (requestType != null) {
      variables.putIfAbsent(REQUEST_TYPE, requestType);
    }
    return engine.publish(startMessage, reference, messageId, timeToLive, variables);
  }

  protected InspectedProcessInstance started(PublishMessageResponse message, String reference) {
    return engine
        .instanceStartedBy(message)
        .orElseThrow(() -> new AssertionError("message " + reference + " started no process instance"));
  }

  public ActivatedJob acknowledged() {
    return engine.complete(JobTypes.ACKNOWLEDGE_REQUEST, Map.of());
  }

  /** The SLA worker answers as {@code PlanSlaWorker} does: ISO-8601 with the calendar's offset. */
  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt) {
    return engine.complete(
        JobTypes.PLAN_SLA, Map.of(SLA_REMINDER_AT, inCalendarZone(reminderAt), SLA_DUE_AT, inCalendarZone(dueAt)));
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

  /** The customer's reply as the outbox publishes it: the inbound message's id is the message id. */
  public PublishMessageResponse customerAnswers(String reference, String inboundMessageId) {
    return engine.publish(SharedModel.CUSTOMER_ANSWERED_MESSAGE, reference, inboundMessageId, MESSAGE_TIME_TO_LIVE, Map.of());
  }

  public ActivatedJob answerSent() {
    return engine.complete(JobTypes.SEND_ANSWER, Map.of());
  }

  /** The answer's mail reached the customer's server, as the mail outbox reports it: the mail's id is the message id. */
  public PublishMessageResponse answerDelivered(String reference) {
    return engine.publish(SharedModel.ANSWER_DELIVERED_MESSAGE, reference, "mail-" + reference, MESSAGE_TIME_TO_LIVE, Map.of());
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

  /** The review invitation, as {@code InviteReviewWorker} would answer whether or not she consented: nothing to return. */
  public ActivatedJob reviewInvited() {
    return engine.complete(JobTypes.INVITE_REVIEW, Map.of());
  }
}
