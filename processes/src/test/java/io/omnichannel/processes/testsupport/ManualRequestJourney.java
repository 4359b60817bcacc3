package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION;
import static io.omnichannel.processes.ManualRequestProcess.Variables.DECISION_SEND_MANUAL;
import static io.omnichannel.processes.ManualRequestProcess.Variables.MANUAL_DOCUMENT_ID;
import static io.omnichannel.processes.ManualRequestProcess.Variables.MANUAL_FOUND;
import static io.omnichannel.processes.ManualRequestProcess.Variables.PURCHASE_VERIFIED;
import static io.omnichannel.processes.ManualRequestProcess.Variables.VERIFICATION_NOTE;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess;
import java.time.Duration;
import java.util.Map;

/** The manual-request journey: purchase check, manual lookup, review and sending the manual. */
public final class ManualRequestJourney extends JourneyDriver {

  public ManualRequestJourney(ProcessEngineDriver engine) {
    super(engine, ManualRequestProcess.RESOURCE, ManualRequestProcess.START_MESSAGE, ManualRequestProcess.REQUEST_TYPE);
  }

  /** A request reaches the engine as the dispatcher sends it: the request id is the message id. */
  public PublishMessageResponse requestReceived(String reference) {
    return requestReceived(reference, requestIdOf(reference), MESSAGE_TIME_TO_LIVE);
  }

  public PublishMessageResponse requestReceived(String reference, String messageId, Duration timeToLive) {
    return publishStart(reference, messageId, timeToLive, Map.of());
  }

  /** Starts the journey and returns the instance, failing the test if none was started. */
  public InspectedProcessInstance start(String reference) {
    return started(requestReceived(reference), reference);
  }

  public ActivatedJob purchaseVerified() {
    return engine().complete(
        JobTypes.VERIFY_PURCHASE,
        Map.of(PURCHASE_VERIFIED, true, VERIFICATION_NOTE, "order number matches the customer"));
  }

  public ActivatedJob purchaseNotVerifiable() {
    return engine().complete(
        JobTypes.VERIFY_PURCHASE,
        Map.of(PURCHASE_VERIFIED, false, VERIFICATION_NOTE, "no order, receipt or customer number given"));
  }

  public ActivatedJob manualInLibrary(String documentId) {
    return engine().complete(JobTypes.FIND_MANUAL, Map.of(MANUAL_FOUND, true, MANUAL_DOCUMENT_ID, documentId));
  }

  public ActivatedJob manualMissing() {
    return engine().complete(JobTypes.FIND_MANUAL, Map.of(MANUAL_FOUND, false));
  }

  /** Staff complete the review task in the task list; the returned job carries the task's headers. */
  public ActivatedJob staffSendsManual(String documentId) {
    return engine().complete(
        JobTypes.USER_TASK, Map.of(DECISION, DECISION_SEND_MANUAL, MANUAL_DOCUMENT_ID, documentId));
  }

  public ActivatedJob manualSent() {
    return engine().complete(JobTypes.SEND_MANUAL, Map.of());
  }
}
