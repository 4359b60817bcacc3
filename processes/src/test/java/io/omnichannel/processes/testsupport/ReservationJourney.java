package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ReservationProcess.Variables.HOLD_UNTIL;
import static io.omnichannel.processes.ReservationProcess.Variables.PICKUP_REMINDER_AT;
import static io.omnichannel.processes.ReservationProcess.Variables.REFERENCE;
import static io.omnichannel.processes.ReservationProcess.Variables.REQUEST_ID;
import static io.omnichannel.processes.ReservationProcess.Variables.REQUEST_TYPE;
import static io.omnichannel.processes.ReservationProcess.Variables.SET_ASIDE;
import static io.omnichannel.processes.ReservationProcess.Variables.SET_ASIDE_NOTE;
import static io.omnichannel.processes.ReservationProcess.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.ReservationProcess.Variables.SLA_REMINDER_AT;
import static io.omnichannel.processes.ReservationProcess.Variables.STOCK_HELD;
import static io.omnichannel.processes.ReservationProcess.Variables.STORE_ID;
import static io.omnichannel.processes.ReservationProcess.Variables.STORE_TEAM;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess;
import java.time.Instant;
import java.util.Map;

/**
 * The reservation journey with every worker, the store team and the counter played by the test:
 * each method completes one job, or publishes one message, as the real part would.
 */
public final class ReservationJourney {

  private final ProcessEngineDriver engine;

  public ReservationJourney(ProcessEngineDriver engine) {
    this.engine = engine;
    engine.deploy(ReservationProcess.RESOURCE);
  }

  public ProcessEngineDriver engine() {
    return engine;
  }

  /** The intake's start message: the request id as message id, the store and its team. */
  public InspectedProcessInstance start(String reference, String storeId, String storeTeam) {
    PublishMessageResponse message =
        engine.publish(
            ReservationProcess.START_MESSAGE,
            reference,
            ManualRequestJourney.requestIdOf(reference),
            ManualRequestJourney.MESSAGE_TIME_TO_LIVE,
            Map.of(
                REQUEST_ID, ManualRequestJourney.requestIdOf(reference),
                REFERENCE, reference,
                REQUEST_TYPE, ReservationProcess.REQUEST_TYPE,
                STORE_ID, storeId,
                STORE_TEAM, storeTeam));
    return engine
        .instanceStartedBy(message)
        .orElseThrow(() -> new AssertionError("message " + reference + " started no process instance"));
  }

  public ActivatedJob acknowledged() {
    return engine.complete(JobTypes.ACKNOWLEDGE_REQUEST, Map.of());
  }

  public ActivatedJob pieceHeld() {
    return engine.complete(JobTypes.HOLD_STOCK, Map.of(STOCK_HELD, true));
  }

  public ActivatedJob noneLeft() {
    return engine.complete(JobTypes.HOLD_STOCK, Map.of(STOCK_HELD, false));
  }

  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt) {
    return engine.complete(JobTypes.PLAN_SLA, Map.of(SLA_REMINDER_AT, ManualRequestJourney.inCalendarZone(reminderAt), SLA_DUE_AT, ManualRequestJourney.inCalendarZone(dueAt)));
  }

  /** The store's team completes "Confirm set-aside" in the task list. */
  public ActivatedJob storeConfirms() {
    return engine.complete(JobTypes.USER_TASK, Map.of(SET_ASIDE, ReservationProcess.Variables.SET_ASIDE_CONFIRMED));
  }

  public ActivatedJob storeCannotSetAside(String note) {
    return engine.complete(
        JobTypes.USER_TASK, Map.of(SET_ASIDE, ReservationProcess.Variables.SET_ASIDE_NOT_AVAILABLE, SET_ASIDE_NOTE, note));
  }

  /** As {@code SendPickupCodeWorker} answers: when the hold ends and when to remind, ISO-8601 with offset. */
  public ActivatedJob pickupCodeSent(Instant reminderAt, Instant holdUntil) {
    return engine.complete(
        JobTypes.SEND_PICKUP_CODE, Map.of(PICKUP_REMINDER_AT, ManualRequestJourney.inCalendarZone(reminderAt), HOLD_UNTIL, ManualRequestJourney.inCalendarZone(holdUntil)));
  }

  public ActivatedJob pickupReminded() {
    return engine.complete(JobTypes.REMIND_PICKUP, Map.of());
  }

  /** The counter page, after staff entered the pickup code. */
  public PublishMessageResponse pickedUp(String reference) {
    return engine.publish(
        ReservationProcess.PICKED_UP_MESSAGE, reference, "pickup:" + ManualRequestJourney.requestIdOf(reference),
        ManualRequestJourney.MESSAGE_TIME_TO_LIVE, Map.of());
  }

  /** The cancel button on the tracking page. */
  public PublishMessageResponse cancelled(String reference) {
    return engine.publish(
        ReservationProcess.CANCELLED_MESSAGE, reference, "cancel:" + ManualRequestJourney.requestIdOf(reference),
        ManualRequestJourney.MESSAGE_TIME_TO_LIVE, Map.of());
  }

  public ActivatedJob handedOver() {
    return engine.complete(JobTypes.HAND_OVER_RESERVATION, Map.of());
  }

  public ActivatedJob holdReleased() {
    return engine.complete(JobTypes.RELEASE_HOLD, Map.of());
  }

  public ActivatedJob customerTold() {
    return engine.complete(JobTypes.TELL_RESERVATION_ENDED, Map.of());
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
