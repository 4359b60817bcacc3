package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ReservationProcess.Elements.ACKNOWLEDGE;
import static io.omnichannel.processes.ReservationProcess.Elements.ADVICE_PREPARED;
import static io.omnichannel.processes.ReservationProcess.Elements.GATEWAY_ADVICE_WANTED;
import static io.omnichannel.processes.ReservationProcess.Elements.NO_ADVICE;
import static io.omnichannel.processes.ReservationProcess.Elements.PICKED_UP;
import static io.omnichannel.processes.ReservationProcess.Elements.PREPARE_ADVICE;
import static io.omnichannel.processes.ReservationProcess.Elements.WAITING_FOR_PICKUP;
import static io.omnichannel.processes.ReservationProcess.Elements.AWAIT_PICKUP;
import static io.omnichannel.processes.ReservationProcess.Elements.CANCELLED_BEFORE_SET_ASIDE;
import static io.omnichannel.processes.ReservationProcess.Elements.CANCELLED_WHILE_WAITING;
import static io.omnichannel.processes.ReservationProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.ReservationProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ReservationProcess.Elements.CONFIRM_SET_ASIDE;
import static io.omnichannel.processes.ReservationProcess.Elements.END;
import static io.omnichannel.processes.ReservationProcess.Elements.ESCALATE;
import static io.omnichannel.processes.ReservationProcess.Elements.HAND_OVER;
import static io.omnichannel.processes.ReservationProcess.Elements.HOLD_EXPIRED;
import static io.omnichannel.processes.ReservationProcess.Elements.HOLD_STOCK;
import static io.omnichannel.processes.ReservationProcess.Elements.PICKUP_REMINDED;
import static io.omnichannel.processes.ReservationProcess.Elements.PICKUP_REMINDER;
import static io.omnichannel.processes.ReservationProcess.Elements.PLAN_SLA;
import static io.omnichannel.processes.ReservationProcess.Elements.RELEASE_CANCELLED;
import static io.omnichannel.processes.ReservationProcess.Elements.RELEASE_DECLINED;
import static io.omnichannel.processes.ReservationProcess.Elements.RELEASE_EXPIRED;
import static io.omnichannel.processes.ReservationProcess.Elements.REMIND_PICKUP;
import static io.omnichannel.processes.ReservationProcess.Elements.REMIND_TEAM;
import static io.omnichannel.processes.ReservationProcess.Elements.SEND_PICKUP_CODE;
import static io.omnichannel.processes.ReservationProcess.Elements.SLA_BREACHED;
import static io.omnichannel.processes.ReservationProcess.Elements.SLA_REMINDER;
import static io.omnichannel.processes.ReservationProcess.Elements.START;
import static io.omnichannel.processes.ReservationProcess.Elements.TELL_CANCELLED;
import static io.omnichannel.processes.ReservationProcess.Elements.TELL_EXPIRED;
import static io.omnichannel.processes.ReservationProcess.Elements.TELL_NOTHING_IN_STOCK;
import static io.omnichannel.processes.ReservationProcess.Elements.TELL_STORE_DECLINED;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.ReservationProcess.Variables;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import io.omnichannel.processes.testsupport.ReservationJourney;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The green velvet sofa: held at once, set aside by the store within its SLA, picked up with the
 * code; or none left, declined by the store, expired, or cancelled by the customer.
 */
@ZeebeProcessTest
class ReservationPathsTest {

  private static final String BERLIN = "store-berlin";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ReservationJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new ReservationJourney(new ProcessEngineDriver(engine, client));
  }

  /** Given a reservation whose piece is held and whose store has the set-aside task. */
  private InspectedProcessInstance waitingForTheStore(String reference) {
    var reservation = journey.start(reference, BERLIN, BERLIN);
    journey.acknowledged();
    var hold = journey.pieceHeld();
    assertThat(hold.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf(reference))
        .containsEntry(Variables.STORE_ID, BERLIN);
    journey.slaPlanned(hoursFromNow(1), hoursFromNow(2));
    assertThat(reservation).isWaitingExactlyAtElements(CONFIRM_SET_ASIDE);
    return reservation;
  }

  /** Given a reservation the store set aside, with the hold ending in three days and a reminder after two. */
  private InspectedProcessInstance waitingForPickup(String reference) {
    var reservation = waitingForTheStore(reference);
    journey.storeConfirms();
    journey.pickupCodeSent(hoursFromNow(48), hoursFromNow(72));
    assertThat(reservation).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP);
    return reservation;
  }

  @Test
  void theStoreSetsItAside_andSheCollectsItWithTheCode() {
    var reservation = journey.start("SR-2026-000301", BERLIN, BERLIN);
    journey.acknowledged();
    journey.pieceHeld();
    var planSla = journey.engine().activate(JobTypes.PLAN_SLA);
    assertThat(planSla.getCustomHeaders()).containsEntry("slaStep", ReservationProcess.SLA_STEP_SET_ASIDE);
    assertThat(planSla.getVariablesAsMap()).containsEntry(Variables.REQUEST_TYPE, ReservationProcess.REQUEST_TYPE);
    client.newFailCommand(planSla).retries(5).retryBackoff(Duration.ZERO).send().join();
    Instant dueAt = hoursFromNow(2);
    journey.slaPlanned(hoursFromNow(1), dueAt);

    var task = journey.storeConfirms();
    assertThat(task.getElementId()).isEqualTo(CONFIRM_SET_ASIDE);
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"store-berlin\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, ReservationProcess.FORM_KEY_SET_ASIDE);
    assertThat(OffsetDateTime.parse(task.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant())
        .isEqualTo(dueAt);
    assertThat(task.getVariablesAsMap()).containsEntry(Variables.STORE_ID, BERLIN);

    journey.pickupCodeSent(hoursFromNow(48), hoursFromNow(72));
    assertThat(reservation).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP);

    journey.pickedUp("SR-2026-000301");
    journey.handedOver();
    journey.requestClosed();

    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(START, ACKNOWLEDGE, HOLD_STOCK, PLAN_SLA, CONFIRM_SET_ASIDE, SEND_PICKUP_CODE, AWAIT_PICKUP, HAND_OVER, CLOSE_REQUEST, END)
        .hasPassedElementsInOrder(GATEWAY_ADVICE_WANTED, NO_ADVICE)
        .hasNotPassedElement(PREPARE_ADVICE)
        .hasNotPassedElement(ANSWER_DELIVERED) // handed over at the counter: no mail to wait for
        .hasNotPassedElement(PICKUP_REMINDER)
        .hasNotPassedElement(RELEASE_EXPIRED);
  }

  @Test
  void noneLeftAtTheStore_sheIsToldWhereElseItIs_andTheRequestCloses() {
    var reservation = journey.start("SR-2026-000302", BERLIN, BERLIN);
    journey.acknowledged();

    journey.noneLeft();
    var tell = journey.customerTold();
    journey.answerDelivered("SR-2026-000302");
    journey.requestClosed();

    assertThat(tell.getElementId()).isEqualTo(TELL_NOTHING_IN_STOCK);
    assertThat(tell.getCustomHeaders()).containsEntry(ReservationProcess.HEADER_ENDED_REASON, ReservationProcess.REASON_NOTHING_IN_STOCK);
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(HOLD_STOCK, TELL_NOTHING_IN_STOCK, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(PLAN_SLA);
  }

  @Test
  void theStoreCannotSetItAside_theHoldIsReleased_andSheIsToldWithTheStoresNote() {
    var reservation = waitingForTheStore("SR-2026-000303");

    journey.storeCannotSetAside("The last one has a scratch on the armrest.");
    var release = journey.holdReleased();
    var tell = journey.customerTold();
    journey.answerDelivered("SR-2026-000303");
    journey.requestClosed();

    assertThat(release.getElementId()).isEqualTo(RELEASE_DECLINED);
    assertThat(release.getCustomHeaders()).containsEntry(ReservationProcess.HEADER_RELEASE_REASON, ReservationProcess.REASON_STORE_DECLINED);
    assertThat(tell.getElementId()).isEqualTo(TELL_STORE_DECLINED);
    assertThat(tell.getVariablesAsMap()).containsEntry(Variables.SET_ASIDE_NOTE, "The last one has a scratch on the armrest.");
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(CONFIRM_SET_ASIDE, RELEASE_DECLINED, TELL_STORE_DECLINED, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(SEND_PICKUP_CODE);
  }

  @Test
  void theStoreIsSlow_itsTeamIsRemindedThenItsLeadTold_andTheTaskStays() {
    var reservation = waitingForTheStore("SR-2026-000304");

    journey.engine().advanceClock(Duration.ofMinutes(61));
    journey.teamReminded();
    journey.engine().advanceClock(Duration.ofMinutes(60));
    journey.teamLeadTold();

    assertThat(reservation)
        .hasPassedElementsInOrder(SLA_REMINDER, REMIND_TEAM)
        .hasPassedElementsInOrder(SLA_BREACHED, ESCALATE)
        .isWaitingExactlyAtElements(CONFIRM_SET_ASIDE)
        .isActive();
  }

  @Test
  void sheIsRemindedADayBefore_andStillCollectsIt() {
    var reservation = waitingForPickup("SR-2026-000305");

    journey.engine().advanceClock(Duration.ofHours(48).plusMinutes(1));
    journey.pickupReminded();
    assertThat(reservation).hasPassedElementsInOrder(PICKUP_REMINDER, REMIND_PICKUP, PICKUP_REMINDED).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP);

    journey.pickedUp("SR-2026-000305");
    journey.handedOver();
    journey.requestClosed();
    assertThat(reservation).isCompleted().hasPassedElement(HAND_OVER).hasNotPassedElement(HOLD_EXPIRED);
  }

  @Test
  void sheDoesNotCome_theHoldExpires_isReleased_andSheIsTold() {
    var reservation = waitingForPickup("SR-2026-000306");

    journey.engine().advanceClock(Duration.ofHours(48).plusMinutes(1));
    journey.pickupReminded();
    journey.engine().advanceClock(Duration.ofHours(24));
    var release = journey.holdReleased();
    var tell = journey.customerTold();
    journey.answerDelivered("SR-2026-000306");
    journey.requestClosed();

    assertThat(release.getCustomHeaders()).containsEntry(ReservationProcess.HEADER_RELEASE_REASON, ReservationProcess.REASON_EXPIRED);
    assertThat(tell.getElementId()).isEqualTo(TELL_EXPIRED);
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(SEND_PICKUP_CODE, HOLD_EXPIRED, RELEASE_EXPIRED, TELL_EXPIRED, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(HAND_OVER);
  }

  @Test
  void sheCancelsWhileTheCodeIsValid_theHoldIsReleased() {
    var reservation = waitingForPickup("SR-2026-000307");

    journey.pickedUp("SR-2026-999999"); // the counter's message for another reservation moves nothing
    assertThat(reservation).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP);
    journey.cancelled("SR-2026-000307");
    var release = journey.holdReleased();
    var tell = journey.customerTold();
    journey.answerDelivered("SR-2026-000307");
    journey.requestClosed();

    assertThat(release.getCustomHeaders()).containsEntry(ReservationProcess.HEADER_RELEASE_REASON, ReservationProcess.REASON_CANCELLED);
    assertThat(tell.getElementId()).isEqualTo(TELL_CANCELLED);
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(CANCELLED_WHILE_WAITING, RELEASE_CANCELLED, TELL_CANCELLED, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(HAND_OVER);
  }

  @Test
  void sheCancelsBeforeTheStoreAnswered_theTaskGoesAway_andTheHoldIsReleased() {
    var reservation = waitingForTheStore("SR-2026-000308");

    journey.cancelled("SR-2026-000308");
    journey.holdReleased();
    journey.customerTold();
    journey.answerDelivered("SR-2026-000308");
    journey.requestClosed();

    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(CANCELLED_BEFORE_SET_ASIDE, RELEASE_CANCELLED, TELL_CANCELLED, END)
        .hasNotPassedElement(SEND_PICKUP_CODE)
        .hasNotPassedElement(CONFIRM_SET_ASIDE);
  }

  /** Given a reservation with advice wanted, set aside; her visit in 30 hours, the advice due an hour before. */
  private InspectedProcessInstance waitingWithAdviceToPrepare(String reference, Instant prepareBy) {
    var reservation = journey.startWantingAdvice(reference, BERLIN, BERLIN, prepareBy.plus(Duration.ofHours(1)), prepareBy);
    journey.acknowledged();
    journey.pieceHeld();
    journey.slaPlanned(hoursFromNow(1), hoursFromNow(2));
    journey.storeConfirms();
    journey.pickupCodeSent(hoursFromNow(48), hoursFromNow(72));
    assertThat(reservation).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP, PREPARE_ADVICE);
    return reservation;
  }

  @Test
  void sheWantsAdvice_theStorePreparesItBeforeHerVisit_andSheCollects() {
    Instant prepareBy = hoursFromNow(29);
    var reservation = waitingWithAdviceToPrepare("SR-2026-000309", prepareBy);

    var task = journey.advicePrepared();
    assertThat(task.getElementId()).isEqualTo(PREPARE_ADVICE);
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"store-berlin\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, ReservationProcess.FORM_KEY_PREPARE_ADVICE);
    assertThat(OffsetDateTime.parse(task.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant()).isEqualTo(prepareBy);
    assertThat(task.getVariablesAsMap()).containsEntry(Variables.STORE_ID, BERLIN);
    assertThat(reservation).hasPassedElement(ADVICE_PREPARED).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP);

    journey.pickedUp("SR-2026-000309");
    journey.handedOver();
    journey.requestClosed();
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(SEND_PICKUP_CODE, PREPARE_ADVICE, ADVICE_PREPARED, AWAIT_PICKUP, PICKED_UP, HAND_OVER, CLOSE_REQUEST, END)
        .hasNotPassedElement(NO_ADVICE);
  }

  @Test
  void sheWantsAdvice_butPicksItUpFirst_theAdviceTaskGoesAway() {
    var reservation = waitingWithAdviceToPrepare("SR-2026-000310", hoursFromNow(29));

    journey.pickedUp("SR-2026-000310");
    journey.handedOver();
    journey.requestClosed();

    assertThat(journey.engine().timesTerminated(PREPARE_ADVICE, reservation.getProcessInstanceKey())).isEqualTo(1);
    assertThat(reservation).isCompleted().hasPassedElementsInOrder(AWAIT_PICKUP, PICKED_UP, HAND_OVER, END).hasNotPassedElement(ADVICE_PREPARED);
  }

  @Test
  void sheWantsAdvice_butTheHoldExpires_theAdviceTaskGoesAway_andTheHoldIsReleased() {
    var reservation = waitingWithAdviceToPrepare("SR-2026-000311", hoursFromNow(29));

    journey.engine().advanceClock(Duration.ofHours(48).plusMinutes(1));
    journey.pickupReminded();
    assertThat(reservation).isWaitingExactlyAtElements(WAITING_FOR_PICKUP, AWAIT_PICKUP, PREPARE_ADVICE);
    journey.engine().advanceClock(Duration.ofHours(24));
    var release = journey.holdReleased();
    journey.customerTold();
    journey.answerDelivered("SR-2026-000311");
    journey.requestClosed();

    assertThat(release.getCustomHeaders()).containsEntry(ReservationProcess.HEADER_RELEASE_REASON, ReservationProcess.REASON_EXPIRED);
    assertThat(journey.engine().timesTerminated(PREPARE_ADVICE, reservation.getProcessInstanceKey())).isEqualTo(1);
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(HOLD_EXPIRED, RELEASE_EXPIRED, TELL_EXPIRED, CLOSE_REQUEST, END)
        .hasNotPassedElement(ADVICE_PREPARED)
        .hasNotPassedElement(HAND_OVER);
  }

  @Test
  void sheWantsAdvice_butCancels_theAdviceTaskGoesAway_andTheHoldIsReleased() {
    var reservation = waitingWithAdviceToPrepare("SR-2026-000312", hoursFromNow(29));

    journey.cancelled("SR-2026-000312");
    var release = journey.holdReleased();
    journey.customerTold();
    journey.answerDelivered("SR-2026-000312");
    journey.requestClosed();

    assertThat(release.getCustomHeaders()).containsEntry(ReservationProcess.HEADER_RELEASE_REASON, ReservationProcess.REASON_CANCELLED);
    assertThat(journey.engine().timesTerminated(PREPARE_ADVICE, reservation.getProcessInstanceKey())).isEqualTo(1);
    assertThat(reservation)
        .isCompleted()
        .hasPassedElementsInOrder(CANCELLED_WHILE_WAITING, RELEASE_CANCELLED, TELL_CANCELLED, END)
        .hasNotPassedElement(ADVICE_PREPARED);
  }
}
