package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ManualRequestProcess.Variables.ANSWER_TEXT;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION_ANSWER;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION_ASK_CUSTOMER;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION_SEND_MANUAL;
import static io.omnichannel.processes.ManualRequestProcess.Variables.MANUAL_DOCUMENT_ID;
import static io.omnichannel.processes.ManualRequestProcess.Variables.MANUAL_FOUND;
import static io.omnichannel.processes.ManualRequestProcess.Variables.PURCHASE_VERIFIED;
import static io.omnichannel.processes.ManualRequestProcess.Variables.QUESTION_TEXT;
import static io.omnichannel.processes.ManualRequestProcess.Variables.REFERENCE;
import static io.omnichannel.processes.ManualRequestProcess.Variables.REQUEST_ID;
import static io.omnichannel.processes.ManualRequestProcess.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.ManualRequestProcess.Variables.SLA_REMINDER_AT;
import static io.omnichannel.processes.ManualRequestProcess.Variables.VERIFICATION_NOTE;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The manual-request journey with every worker and every staff member played by the test: each
 * method completes one job with the variables the real worker (or the task list) returns.
 */
public final class ManualRequestJourney {

  /** The client's default, which the dispatcher keeps: a re-sent message with the same id is rejected for that long. */
  public static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofHours(1);

  private static final ZoneId CALENDAR_ZONE = ZoneId.of("Europe/Berlin");

  private final ProcessEngineDriver engine;

  public ManualRequestJourney(ProcessEngineDriver engine) {
    this.engine = engine;
    engine.deploy(ManualRequestProcess.RESOURCE);
  }

  public ProcessEngineDriver engine() {
    return engine;
  }

  /** The ledger's id of the request with this reference: fixed per reference, so a re-send repeats it. */
  public static String requestIdOf(String reference) {
    return UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A request reaches the engine as the dispatcher sends it: the request id is the message id. */
  public PublishMessageResponse requestReceived(String reference) {
    return requestReceived(reference, requestIdOf(reference), MESSAGE_TIME_TO_LIVE);
  }

  public PublishMessageResponse requestReceived(String reference, String messageId, Duration timeToLive) {
    return engine.publish(
        ManualRequestProcess.START_MESSAGE,
        reference,
        messageId,
        timeToLive,
        Map.of(REQUEST_ID, requestIdOf(reference), REFERENCE, reference));
  }

  /** Starts the journey and returns the instance, failing the test if none was started. */
  public InspectedProcessInstance start(String reference) {
    var message = requestReceived(reference);
    return engine
        .instanceStartedBy(message)
        .orElseThrow(() -> new AssertionError("message " + reference + " started no process instance"));
  }

  public ActivatedJob acknowledged() {
    return engine.complete(JobTypes.ACKNOWLEDGE_REQUEST, Map.of());
  }

  public ActivatedJob purchaseVerified() {
    return engine.complete(
        JobTypes.VERIFY_PURCHASE,
        Map.of(PURCHASE_VERIFIED, true, VERIFICATION_NOTE, "order number matches the customer"));
  }

  public ActivatedJob purchaseNotVerifiable() {
    return engine.complete(
        JobTypes.VERIFY_PURCHASE,
        Map.of(PURCHASE_VERIFIED, false, VERIFICATION_NOTE, "no order, receipt or customer number given"));
  }

  public ActivatedJob manualInLibrary(String documentId) {
    return engine.complete(JobTypes.FIND_MANUAL, Map.of(MANUAL_FOUND, true, MANUAL_DOCUMENT_ID, documentId));
  }

  public ActivatedJob manualMissing() {
    return engine.complete(JobTypes.FIND_MANUAL, Map.of(MANUAL_FOUND, false));
  }

  /** An SLA instant as the SLA worker computes it: whole minutes, some hours ahead of the engine's clock. */
  public static Instant hoursFromNow(int hours) {
    return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(hours));
  }

  /** The SLA worker answers as {@code PlanSlaWorker} does: ISO-8601 with the calendar's offset. */
  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt) {
    return engine.complete(
        JobTypes.PLAN_SLA, Map.of(SLA_REMINDER_AT, inCalendarZone(reminderAt), SLA_DUE_AT, inCalendarZone(dueAt)));
  }

  static String inCalendarZone(Instant instant) {
    return OffsetDateTime.ofInstant(instant, CALENDAR_ZONE).toString();
  }

  /** Staff complete the review task in the task list; the returned job carries the task's headers. */
  public ActivatedJob staffSendsManual(String documentId) {
    return engine.complete(
        JobTypes.USER_TASK, Map.of(DECISION, DECISION_SEND_MANUAL, MANUAL_DOCUMENT_ID, documentId));
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
    return engine.publish(
        ManualRequestProcess.CUSTOMER_ANSWERED_MESSAGE, reference, inboundMessageId, MESSAGE_TIME_TO_LIVE, Map.of());
  }

  public ActivatedJob manualSent() {
    return engine.complete(JobTypes.SEND_MANUAL, Map.of());
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
}
