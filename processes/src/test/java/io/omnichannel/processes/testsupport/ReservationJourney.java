package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ReservationProcess.Variables.HOLD_UNTIL;
import static io.omnichannel.processes.ReservationProcess.Variables.PICKUP_REMINDER_AT;
import static io.omnichannel.processes.ReservationProcess.Variables.SET_ASIDE;
import static io.omnichannel.processes.ReservationProcess.Variables.SET_ASIDE_NOTE;
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

/** The reservation journey, with the store team and the counter played by the test as well. */
public final class ReservationJourney extends JourneyDriver {

  public ReservationJourney(ProcessEngineDriver engine) {
    super(engine, ReservationProcess.RESOURCE, ReservationProcess.START_MESSAGE, ReservationProcess.REQUEST_TYPE);
  }

  /** The intake's start message: the request id as message id, the store and its team. */
  public InspectedProcessInstance start(String reference, String storeId, String storeTeam) {
    return started(
        publishStart(reference, requestIdOf(reference), MESSAGE_TIME_TO_LIVE, Map.of(STORE_ID, storeId, STORE_TEAM, storeTeam)),
        reference);
  }

  /** The intake's start when she would like advice at pickup: the prepare-advice task is due at {@code prepareBy}. */
  public InspectedProcessInstance startWantingAdvice(String reference, String storeId, String storeTeam, Instant visitAt, Instant prepareBy) {
    return started(
        publishStart(
            reference,
            requestIdOf(reference),
            MESSAGE_TIME_TO_LIVE,
            Map.of(
                STORE_ID, storeId,
                STORE_TEAM, storeTeam,
                ReservationProcess.Variables.ADVICE_WANTED, true,
                ReservationProcess.Variables.ADVICE_VISIT_AT, inCalendarZone(visitAt),
                ReservationProcess.Variables.ADVICE_DUE_AT, inCalendarZone(prepareBy))),
        reference);
  }

  /** The store's team completes "Prepare advice" in the task list. */
  public ActivatedJob advicePrepared() {
    return engine().complete(JobTypes.USER_TASK, Map.of("advicePrepared", true, "advicePreparedBy", "mia"));
  }

  public ActivatedJob pieceHeld() {
    return engine().complete(JobTypes.HOLD_STOCK, Map.of(STOCK_HELD, true));
  }

  public ActivatedJob noneLeft() {
    return engine().complete(JobTypes.HOLD_STOCK, Map.of(STOCK_HELD, false));
  }

  /** The store's team completes "Confirm set-aside" in the task list. */
  public ActivatedJob storeConfirms() {
    return engine().complete(JobTypes.USER_TASK, Map.of(SET_ASIDE, ReservationProcess.Variables.SET_ASIDE_CONFIRMED));
  }

  public ActivatedJob storeCannotSetAside(String note) {
    return engine().complete(
        JobTypes.USER_TASK, Map.of(SET_ASIDE, ReservationProcess.Variables.SET_ASIDE_NOT_AVAILABLE, SET_ASIDE_NOTE, note));
  }

  /** As {@code SendPickupCodeWorker} answers: when the hold ends and when to remind, ISO-8601 with offset. */
  public ActivatedJob pickupCodeSent(Instant reminderAt, Instant holdUntil) {
    return engine().complete(
        JobTypes.SEND_PICKUP_CODE, Map.of(PICKUP_REMINDER_AT, inCalendarZone(reminderAt), HOLD_UNTIL, inCalendarZone(holdUntil)));
  }

  public ActivatedJob pickupReminded() {
    return engine().complete(JobTypes.REMIND_PICKUP, Map.of());
  }

  /** The counter page, after staff entered the pickup code. */
  public PublishMessageResponse pickedUp(String reference) {
    return engine().publish(
        ReservationProcess.PICKED_UP_MESSAGE, reference, "pickup:" + requestIdOf(reference), MESSAGE_TIME_TO_LIVE, Map.of());
  }

  /** The cancel button on the tracking page. */
  public PublishMessageResponse cancelled(String reference) {
    return engine().publish(
        ReservationProcess.CANCELLED_MESSAGE, reference, "cancel:" + requestIdOf(reference), MESSAGE_TIME_TO_LIVE, Map.of());
  }

  public ActivatedJob handedOver() {
    return engine().complete(JobTypes.HAND_OVER_RESERVATION, Map.of());
  }

  public ActivatedJob holdReleased() {
    return engine().complete(JobTypes.RELEASE_HOLD, Map.of());
  }

  public ActivatedJob customerTold() {
    return engine().complete(JobTypes.TELL_RESERVATION_ENDED, Map.of());
  }
}
