package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ManualRequestProcess.Variables.ANSWER_TEXT;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION_ANSWER;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION_SEND_MANUAL;
import static io.omnichannel.processes.ManualRequestProcess.Variables.MANUAL_DOCUMENT_ID;
import static io.omnichannel.processes.ManualRequestProcess.Variables.MANUAL_FOUND;
import static io.omnichannel.processes.ManualRequestProcess.Variables.PURCHASE_VERIFIED;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The manual-request journey with every worker and every staff member played by the test: each
 * method completes one job with the variables the real worker (or the task list) returns.
 */
public final class ManualRequestJourney {

  /** The dispatcher's default: long enough that a re-sent message with the same id is rejected. */
  public static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofHours(1);

  private final ProcessEngineDriver engine;

  public ManualRequestJourney(ProcessEngineDriver engine) {
    this.engine = engine;
    engine.deploy(ManualRequestProcess.RESOURCE);
  }

  public ProcessEngineDriver engine() {
    return engine;
  }

  /** A request reaches the engine; the intake dispatcher uses one message id per request. */
  public PublishMessageResponse requestReceived(String requestId, String reference) {
    return requestReceived(requestId, reference, "manual-request-received:" + requestId, MESSAGE_TIME_TO_LIVE);
  }

  public PublishMessageResponse requestReceived(
      String requestId, String reference, String messageId, Duration timeToLive) {
    return engine.publish(
        ManualRequestProcess.START_MESSAGE,
        reference,
        messageId,
        timeToLive,
        Map.of(REQUEST_ID, requestId, REFERENCE, reference));
  }

  /** Starts the journey and returns the instance, failing the test if none was started. */
  public InspectedProcessInstance start(String requestId, String reference) {
    var message = requestReceived(requestId, reference);
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

  /** The SLA worker answers with ISO-8601 instants, as the timer and due-date expressions need. */
  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt) {
    return engine.complete(
        JobTypes.PLAN_SLA, Map.of(SLA_REMINDER_AT, reminderAt.toString(), SLA_DUE_AT, dueAt.toString()));
  }

  /** Staff complete the review task in the task list; the returned job carries the task's headers. */
  public ActivatedJob staffSendsManual(String documentId) {
    return engine.complete(
        JobTypes.USER_TASK, Map.of(DECISION, DECISION_SEND_MANUAL, MANUAL_DOCUMENT_ID, documentId));
  }

  public ActivatedJob staffAnswers(String answerText) {
    return engine.complete(JobTypes.USER_TASK, Map.of(DECISION, DECISION_ANSWER, ANSWER_TEXT, answerText));
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
