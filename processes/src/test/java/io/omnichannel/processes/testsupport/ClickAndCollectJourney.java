package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.ClickAndCollectProcess.Variables.HANDED_OVER_BY;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.HOLD_UNTIL;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.PICKUP_DATE;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.PICKUP_DATE_CHANGED;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.PICKUP_REMINDER_AT;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.PROMISED_PICKUP_DATE;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.READY_AT;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.READY_BY;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.REVIEW_INVITATION_DELAY;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.STORE_ID;
import static io.omnichannel.processes.ClickAndCollectProcess.Variables.STORE_TEAM;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel;
import java.time.Instant;
import java.util.Map;

/** The click-and-collect journey, with the store's team and the counter played by the test. */
public final class ClickAndCollectJourney extends JourneyDriver {

  public ClickAndCollectJourney(ProcessEngineDriver engine) {
    super(engine, ClickAndCollectProcess.RESOURCE, ClickAndCollectProcess.START_MESSAGE, ClickAndCollectProcess.REQUEST_TYPE);
  }

  /** The intake's start message: the pickup store, its team and the review delay the intake sets by default. */
  public InspectedProcessInstance start(String reference, String storeId, String storeTeam) {
    return started(
        publishStart(
            reference,
            requestIdOf(reference),
            MESSAGE_TIME_TO_LIVE,
            Map.of(STORE_ID, storeId, STORE_TEAM, storeTeam, REVIEW_INVITATION_DELAY, SharedModel.DEFAULT_REVIEW_INVITATION_DELAY)),
        reference);
  }

  /** As {@code ConfirmCollectOrderWorker} answers: the promised pickup date, ISO-8601 with the calendar's offset. */
  public ActivatedJob orderConfirmed(Instant promisedPickupDate) {
    return engine().complete(JobTypes.CONFIRM_COLLECT_ORDER, Map.of(PROMISED_PICKUP_DATE, inCalendarZone(promisedPickupDate)));
  }

  /** The store's team completes "Get the order ready for pickup"; the task list adds when and who. */
  public ActivatedJob storeHasItReady(Instant readyAt, String readyBy) {
    return engine().complete(JobTypes.USER_TASK, Map.of(READY_AT, inCalendarZone(readyAt), READY_BY, readyBy));
  }

  /** As {@code ComparePickupDateWorker} answers. */
  public ActivatedJob pickupDateCompared(boolean changed, Instant pickupDate) {
    return engine().complete(
        JobTypes.COMPARE_PICKUP_DATE, Map.of(PICKUP_DATE_CHANGED, changed, PICKUP_DATE, inCalendarZone(pickupDate)));
  }

  public ActivatedJob newPickupDateTold() {
    return engine().complete(JobTypes.TELL_NEW_PICKUP_DATE, Map.of());
  }

  /** As the reservation's {@code SendPickupCodeWorker} answers: when the hold ends and when to remind. */
  public ActivatedJob pickupCodeSent(Instant reminderAt, Instant holdUntil) {
    return engine().complete(
        JobTypes.SEND_PICKUP_CODE, Map.of(PICKUP_REMINDER_AT, inCalendarZone(reminderAt), HOLD_UNTIL, inCalendarZone(holdUntil)));
  }

  public ActivatedJob pickupReminded() {
    return engine().complete(JobTypes.REMIND_PICKUP, Map.of());
  }

  /** The counter, after staff entered the pickup code. */
  public PublishMessageResponse handedOverAtTheCounter(String reference, String staff) {
    return engine().publish(
        ClickAndCollectProcess.HANDED_OVER_MESSAGE, reference, "pickup:" + requestIdOf(reference), MESSAGE_TIME_TO_LIVE, Map.of(HANDED_OVER_BY, staff));
  }

  public ActivatedJob handOverRecorded() {
    return engine().complete(JobTypes.HAND_OVER_RESERVATION, Map.of());
  }

  public ActivatedJob goodsReleased() {
    return engine().complete(JobTypes.RELEASE_HOLD, Map.of());
  }

  public ActivatedJob customerToldNotCollected() {
    return engine().complete(JobTypes.TELL_RESERVATION_ENDED, Map.of());
  }
}
