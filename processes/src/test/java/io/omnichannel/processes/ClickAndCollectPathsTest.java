package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.AWAIT_PICKUP;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.COMPARE_PICKUP_DATE;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.CONFIRM_ORDER;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.END;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.ESCALATE;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.ESCALATED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.GET_READY;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.HAND_OVER;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.HOLD_EXPIRED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.INVITE_REVIEW;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.PICKUP_REMINDED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.PICKUP_REMINDER;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.RELEASE_EXPIRED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.REMIND_PICKUP;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.REVIEW_INVITATION_DUE;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.REVIEW_INVITED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.SEND_PICKUP_CODE;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.SLA_BREACHED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.START;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.TELL_EXPIRED;
import static io.omnichannel.processes.ClickAndCollectProcess.Elements.TELL_NEW_PICKUP_DATE;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static io.omnichannel.processes.testsupport.JourneyDriver.inCalendarZone;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.ClickAndCollectProcess.Variables;
import io.omnichannel.processes.testsupport.ClickAndCollectJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watch and the partner store: confirmed with a pickup date two working days ahead; ready on
 * time, early or late (the new date told at once); picked up and a week later asked for a review;
 * or reminded before the hold ends, and not collected: released and told.
 */
@ZeebeProcessTest
class ClickAndCollectPathsTest {

  private static final String MUNICH = "store-munich";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ClickAndCollectJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new ClickAndCollectJourney(new ProcessEngineDriver(engine, client));
  }

  /** Given an order confirmed for pickup in 48 hours, waiting for the Munich team to get it ready. */
  private InspectedProcessInstance waitingForTheStore(String reference, Instant promised) {
    var order = journey.start(reference, MUNICH, MUNICH);
    journey.orderConfirmed(promised);
    assertThat(order).isWaitingExactlyAtElements(GET_READY);
    return order;
  }

  /** Given an order ready as promised whose code was sent: the hold ends in 72 hours, the reminder comes after 48. */
  private InspectedProcessInstance waitingForPickup(String reference) {
    Instant promised = hoursFromNow(48);
    var order = waitingForTheStore(reference, promised);
    journey.storeHasItReady(promised.minus(Duration.ofHours(2)), "mara");
    journey.pickupDateCompared(false, promised);
    journey.pickupCodeSent(hoursFromNow(48), hoursFromNow(72));
    assertThat(order).isWaitingExactlyAtElements(AWAIT_PICKUP);
    return order;
  }

  @Test
  void readyAsPromised_noDateMail_sheCollectsIt_andAWeekLaterSheIsAskedForAReview() {
    String reference = "CC-2026-000401";
    Instant promised = hoursFromNow(48);
    var order = journey.start(reference, MUNICH, MUNICH);

    var confirm = journey.orderConfirmed(promised);
    assertThat(confirm.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf(reference))
        .containsEntry(Variables.STORE_ID, MUNICH)
        .containsEntry(Variables.REQUEST_TYPE, ClickAndCollectProcess.REQUEST_TYPE);

    var task = journey.storeHasItReady(promised.minus(Duration.ofHours(2)), "mara");
    assertThat(task.getElementId()).isEqualTo(GET_READY);
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"store-munich\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, ClickAndCollectProcess.FORM_KEY_GET_READY);
    assertThat(OffsetDateTime.parse(task.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant()).isEqualTo(promised);
    assertThat(task.getVariablesAsMap()).containsEntry(Variables.STORE_ID, MUNICH);

    var compare = journey.pickupDateCompared(false, promised);
    assertThat(compare.getVariablesAsMap())
        .containsEntry(Variables.PROMISED_PICKUP_DATE, inCalendarZone(promised))
        .containsEntry(Variables.READY_AT, inCalendarZone(promised.minus(Duration.ofHours(2))));

    var code = journey.pickupCodeSent(hoursFromNow(48), hoursFromNow(72));
    assertThat(code.getElementId()).isEqualTo(SEND_PICKUP_CODE);
    assertThat(code.getVariablesAsMap()).containsEntry(Variables.CONFIRMED_BY, "mara");

    journey.handedOverAtTheCounter("CC-2026-999999", "jonas"); // another order's pickup moves nothing
    assertThat(order).isWaitingExactlyAtElements(AWAIT_PICKUP);
    journey.handedOverAtTheCounter(reference, "jonas");
    var handOver = journey.handOverRecorded();
    assertThat(handOver.getElementId()).isEqualTo(HAND_OVER);
    assertThat(handOver.getVariablesAsMap()).containsEntry(Variables.HANDED_OVER_BY, "jonas");
    journey.requestClosed();
    assertThat(order).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);

    journey.engine().advanceClock(Duration.ofDays(6));
    assertThat(journey.engine().jobsCreated(JobTypes.INVITE_REVIEW, order.getProcessInstanceKey())).isEmpty();
    journey.engine().advanceClock(Duration.ofDays(1).plusMinutes(1));
    var invite = journey.reviewInvited();

    assertThat(invite.getVariablesAsMap()).containsEntry(Variables.REQUEST_ID, requestIdOf(reference));
    assertThat(order)
        .isCompleted()
        .hasPassedElementsInOrder(START, CONFIRM_ORDER, GET_READY, COMPARE_PICKUP_DATE, SEND_PICKUP_CODE, AWAIT_PICKUP, HAND_OVER, CLOSE_REQUEST, REVIEW_INVITATION_DUE, INVITE_REVIEW, REVIEW_INVITED)
        .hasNotPassedElement(TELL_NEW_PICKUP_DATE)
        .hasNotPassedElement(SLA_BREACHED)
        .hasNotPassedElement(ANSWER_DELIVERED); // handed over at the counter: no mail to wait for
  }

  @Test
  void readyADayEarly_sheIsToldTheNewDateAtOnce_beforeTheCode() {
    String reference = "CC-2026-000402";
    Instant promised = hoursFromNow(48);
    var order = waitingForTheStore(reference, promised);

    journey.storeHasItReady(Instant.now(), "mara");
    Instant tomorrow = hoursFromNow(24);
    journey.pickupDateCompared(true, tomorrow);
    var tell = journey.newPickupDateTold();

    assertThat(tell.getElementId()).isEqualTo(TELL_NEW_PICKUP_DATE);
    assertThat(tell.getVariablesAsMap())
        .containsEntry(Variables.PICKUP_DATE, inCalendarZone(tomorrow))
        .containsEntry(Variables.PROMISED_PICKUP_DATE, inCalendarZone(promised));
    assertThat(order).isWaitingExactlyAtElements(SEND_PICKUP_CODE).hasPassedElementsInOrder(GET_READY, COMPARE_PICKUP_DATE, TELL_NEW_PICKUP_DATE);
  }

  @Test
  void notReadyByThePromisedDate_theTeamLeadIsTold_theTaskStays_andWhenReadySheGetsTheNewDate() {
    String reference = "CC-2026-000403";
    Instant promised = hoursFromNow(48);
    var order = waitingForTheStore(reference, promised);

    journey.engine().advanceClock(Duration.ofHours(48).plusMinutes(1));
    var escalation = journey.teamLeadTold();
    assertThat(escalation.getElementId()).isEqualTo(ESCALATE);
    assertThat(order).hasPassedElementsInOrder(SLA_BREACHED, ESCALATE, ESCALATED).isWaitingExactlyAtElements(GET_READY);

    journey.storeHasItReady(promised.plus(Duration.ofHours(20)), "mara");
    journey.pickupDateCompared(true, promised.plus(Duration.ofHours(24)));
    journey.newPickupDateTold();
    // the engine's clock is two days ahead now: the hold runs three days from then
    journey.pickupCodeSent(hoursFromNow(48 + 48), hoursFromNow(48 + 72));

    assertThat(order).hasPassedElementsInOrder(GET_READY, TELL_NEW_PICKUP_DATE, SEND_PICKUP_CODE).isWaitingExactlyAtElements(AWAIT_PICKUP);
  }

  @Test
  void sheIsRemindedBeforeTheHoldEnds_andStillCollectsIt() {
    String reference = "CC-2026-000404";
    var order = waitingForPickup(reference);

    journey.engine().advanceClock(Duration.ofHours(48).plusMinutes(1));
    journey.pickupReminded();
    assertThat(order).hasPassedElementsInOrder(PICKUP_REMINDER, REMIND_PICKUP, PICKUP_REMINDED).isWaitingExactlyAtElements(AWAIT_PICKUP);

    journey.handedOverAtTheCounter(reference, "jonas");
    journey.handOverRecorded();
    journey.requestClosed();
    assertThat(order).hasPassedElement(HAND_OVER).hasNotPassedElement(HOLD_EXPIRED).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void sheDoesNotCome_theHoldExpires_theGoodsAreReleased_sheIsTold_andNoReviewInvitationFollows() {
    String reference = "CC-2026-000405";
    var order = waitingForPickup(reference);

    journey.engine().advanceClock(Duration.ofHours(48).plusMinutes(1));
    journey.pickupReminded();
    journey.engine().advanceClock(Duration.ofHours(24));
    var release = journey.goodsReleased();
    var tell = journey.customerToldNotCollected();
    assertThat(order).isWaitingExactlyAtElements(ANSWER_DELIVERED);
    journey.answerDelivered(reference);
    journey.requestClosed();

    assertThat(release.getElementId()).isEqualTo(RELEASE_EXPIRED);
    assertThat(release.getCustomHeaders()).containsEntry(ClickAndCollectProcess.HEADER_RELEASE_REASON, ClickAndCollectProcess.REASON_EXPIRED);
    assertThat(tell.getElementId()).isEqualTo(TELL_EXPIRED);
    assertThat(tell.getCustomHeaders()).containsEntry(ClickAndCollectProcess.HEADER_ENDED_REASON, ClickAndCollectProcess.REASON_EXPIRED);
    assertThat(order)
        .isCompleted()
        .hasPassedElementsInOrder(SEND_PICKUP_CODE, HOLD_EXPIRED, RELEASE_EXPIRED, TELL_EXPIRED, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(HAND_OVER)
        .hasNotPassedElement(REVIEW_INVITATION_DUE);
    journey.engine().advanceClock(Duration.ofDays(8));
    assertThat(journey.engine().jobsCreated(JobTypes.INVITE_REVIEW, order.getProcessInstanceKey())).isEmpty();
  }
}
