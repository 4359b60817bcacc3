package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.ALLOCATE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.AWAIT_DELIVERY;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.AWAIT_HAND_OVER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.CALL_ABOUT_SPLIT;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.ESCALATE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.ESCALATED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.INVITE_REVIEW;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.JOIN_ORDER_DONE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.OFFER_BACKORDER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.PACK_IN_STORE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.PACK_IN_WAREHOUSE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.PLAN_SLA;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.REMIND_TEAM;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.REVIEW_INVITATION_DUE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.REVIEW_INVITED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SEND_SPLIT_NOTICE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SHIPMENT_DELIVERED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SLA_BREACHED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SLA_REMINDER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.START;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.TEAM_REMINDED;
import static io.omnichannel.processes.OrderFulfilmentProcess.SHIPMENT_DELIVERED_MESSAGE;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_HANDED_OVER;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_PACKED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.CALL_NOT_REACHED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.CALL_REACHED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_STORE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_WAREHOUSE;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static io.omnichannel.processes.testsupport.OrderFulfilmentJourney.shipment;
import static io.omnichannel.processes.testsupport.OrderFulfilmentJourney.shipmentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.processes.testsupport.OrderFulfilmentJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hooks that came from the store: one parcel from the warehouse, or a split order the store
 * calls about (reached, not reached, late) before its parcels leave in parallel; the order closes
 * when they are delivered and the review invitation follows after the configured delay.
 */
@ZeebeProcessTest
class OrderFulfilmentPathsTest {

  private static final String WAREHOUSE = "web-warehouse";
  private static final String WAREHOUSE_TEAM = "warehouse";
  private static final String BERLIN = "store-berlin";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private OrderFulfilmentJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new OrderFulfilmentJourney(new ProcessEngineDriver(engine, client));
  }

  /** The lures from the web warehouse, the hooks from the Berlin store: a split order. */
  private static List<Map<String, Object>> luresAndHooks(String reference) {
    return List.of(
        shipment(reference + "-1", WAREHOUSE, LOCATION_WAREHOUSE, WAREHOUSE_TEAM),
        shipment(reference + "-2", BERLIN, LOCATION_STORE, BERLIN));
  }

  /** Given a split order whose call is planned (75 and 90 business minutes from now) and waits for the Berlin team. */
  private InspectedProcessInstance waitingForTheSplitCall(String reference) {
    var order = journey.start(reference);
    journey.allocated(luresAndHooks(reference), List.of(), BERLIN, BERLIN);
    journey.slaPlanned(minutesFromNow(68), minutesFromNow(90));
    assertThat(order).isWaitingExactlyAtElements(CALL_ABOUT_SPLIT);
    return order;
  }

  private static Instant minutesFromNow(int minutes) {
    return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(minutes));
  }

  @Test
  void oneParcelFromTheWarehouse_noCall_itArrives_theOrderCloses_andAWeekLaterSheIsAskedForAReview() {
    String reference = "OR-2026-000201";
    var order = journey.start(reference);

    assertThat(order).as("confirmed before anything else").hasPassedElement(OrderFulfilmentProcess.Elements.ACKNOWLEDGE);
    var allocation = journey.allocatedToOneLocation(shipment(reference + "-1", WAREHOUSE, LOCATION_WAREHOUSE, WAREHOUSE_TEAM));
    assertThat(allocation.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf(reference))
        .containsEntry(Variables.REFERENCE, reference)
        .containsEntry(Variables.REQUEST_TYPE, OrderFulfilmentProcess.REQUEST_TYPE);

    var pack = journey.warehousePacks(reference + "-1");
    assertThat(pack.getElementId()).isEqualTo(PACK_IN_WAREHOUSE);
    assertThat(pack.getVariablesAsMap().get(Variables.SHIPMENT))
        .isEqualTo(shipment(reference + "-1", WAREHOUSE, LOCATION_WAREHOUSE, WAREHOUSE_TEAM));
    journey.stateRecorded(reference + "-1", STATE_PACKED);
    assertThat(order).isWaitingAtElements(AWAIT_HAND_OVER);

    journey.parcelArrives(reference + "-1");
    var close = journey.requestClosed();
    assertThat(close.getElementId()).isEqualTo(CLOSE_REQUEST);
    assertThat(order).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);

    journey.engine().advanceClock(Duration.ofDays(7).plusMinutes(1));
    var invite = journey.reviewInvited();

    assertThat(invite.getVariablesAsMap()).containsEntry(Variables.REQUEST_ID, requestIdOf(reference));
    assertThat(order)
        .isCompleted()
        .hasPassedElementsInOrder(START, ALLOCATE, PACK_IN_WAREHOUSE, AWAIT_HAND_OVER, AWAIT_DELIVERY, SHIPMENT_DELIVERED, JOIN_ORDER_DONE, CLOSE_REQUEST, REVIEW_INVITATION_DUE, INVITE_REVIEW, REVIEW_INVITED)
        .hasNotPassedElement(PLAN_SLA)
        .hasNotPassedElement(CALL_ABOUT_SPLIT)
        .hasNotPassedElement(OFFER_BACKORDER);
    assertThat(journey.engine().jobsCreated(JobTypes.USER_TASK, order.getProcessInstanceKey())).isEmpty();
  }

  @Test
  void theReviewInvitationWaitsForTheConfiguredDelay_notForAFixedWeek() {
    String reference = "OR-2026-000202";
    var order = journey.start(reference, "P3D");
    journey.allocatedToOneLocation(shipment(reference + "-1", WAREHOUSE, LOCATION_WAREHOUSE, WAREHOUSE_TEAM));
    journey.warehouseShipmentArrives(reference + "-1");
    journey.requestClosed();

    journey.engine().advanceClock(Duration.ofDays(2));
    assertThat(order).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
    assertThat(journey.engine().jobsCreated(JobTypes.INVITE_REVIEW, order.getProcessInstanceKey())).isEmpty();

    journey.engine().advanceClock(Duration.ofDays(1).plusMinutes(1));
    journey.reviewInvited();
    assertThat(order).isCompleted().hasPassedElement(REVIEW_INVITED);
  }

  @Test
  void aSplitOrder_theBerlinTeamReachesHim_noMail_thenBothParcelsRunInParallelAndArrive() {
    String reference = "OR-2026-000203";
    var order = journey.start(reference);
    journey.allocated(luresAndHooks(reference), List.of(), BERLIN, BERLIN);

    var planSla = journey.engine().activate(JobTypes.PLAN_SLA);
    assertThat(planSla.getElementId()).isEqualTo(PLAN_SLA);
    assertThat(planSla.getCustomHeaders()).containsEntry("slaStep", OrderFulfilmentProcess.SLA_STEP_SPLIT_CALL);
    assertThat(planSla.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_TYPE, OrderFulfilmentProcess.REQUEST_TYPE)
        .containsEntry(Variables.SLA_TEAM, BERLIN);
    client.newFailCommand(planSla).retries(5).retryBackoff(Duration.ZERO).send().join();
    Instant dueAt = minutesFromNow(90);
    journey.slaPlanned(minutesFromNow(68), dueAt);

    // no parcel leaves before the call
    assertThat(order).isWaitingExactlyAtElements(CALL_ABOUT_SPLIT);
    assertThat(journey.engine().jobsCreated(JobTypes.PACK_WAREHOUSE_SHIPMENT, order.getProcessInstanceKey())).isEmpty();

    var call = journey.storeCalls(CALL_REACHED, "Two parcels, both on Friday; he is fine with it.");
    assertThat(call.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"store-berlin\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, OrderFulfilmentProcess.FORM_KEY_SPLIT_CALL);
    assertThat(OffsetDateTime.parse(call.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant()).isEqualTo(dueAt);
    assertThat(call.getVariablesAsMap())
        .containsEntry(Variables.STORE_ID, BERLIN)
        .containsKey(Variables.SHIPMENTS);

    // both shipments start at once: the warehouse's job and the Berlin team's task
    assertThat(order).isWaitingAtElements(PACK_IN_WAREHOUSE, PACK_IN_STORE);
    var storeTask = journey.storePacks(reference + "-2");
    assertThat(storeTask.getElementId()).isEqualTo(PACK_IN_STORE);
    assertThat(storeTask.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"store-berlin\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, OrderFulfilmentProcess.FORM_KEY_STORE_PACK);
    assertThat(storeTask.getVariablesAsMap()).containsEntry(Variables.STORE_ID, BERLIN);
    journey.stateRecorded(reference + "-2", STATE_PACKED);
    journey.carrierTakes(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_HANDED_OVER);

    // the warehouse is slower; the store's parcel is already on its way
    journey.warehousePacks(reference + "-1");
    journey.stateRecorded(reference + "-1", STATE_PACKED);
    assertThat(order).isWaitingAtElements(AWAIT_HAND_OVER, AWAIT_DELIVERY);

    journey.parcelArrives(reference + "-1");
    assertThat(order).isWaitingAtElements(AWAIT_DELIVERY).isActive();
    journey.carrierDelivers(reference + "-2");
    journey.stateRecorded(reference + "-2", OrderFulfilmentProcess.STATE_DELIVERED);
    journey.requestClosed();

    assertThat(order)
        .hasPassedElementsInOrder(START, ALLOCATE, PLAN_SLA, CALL_ABOUT_SPLIT, PACK_IN_STORE, JOIN_ORDER_DONE, CLOSE_REQUEST)
        .hasPassedElement(SHIPMENT_DELIVERED, 2)
        .hasNotPassedElement(SEND_SPLIT_NOTICE)
        .isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void aSplitOrder_theStoreCannotReachHim_heGetsTheSplitNoticeByMail_beforeAnyParcelLeaves() {
    String reference = "OR-2026-000204";
    var order = waitingForTheSplitCall(reference);

    journey.storeCalls(CALL_NOT_REACHED, "Voicemail twice.");
    assertThat(order).isWaitingExactlyAtElements(SEND_SPLIT_NOTICE);
    var notice = journey.splitNoticeSent();
    assertThat(notice.getVariablesAsMap()).containsEntry(Variables.REQUEST_ID, requestIdOf(reference)).containsKey(Variables.SHIPMENTS);

    assertThat(order).isWaitingAtElements(PACK_IN_WAREHOUSE, PACK_IN_STORE);
    journey.warehouseShipmentArrives(reference + "-1");
    journey.storePacks(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_PACKED);
    journey.parcelArrives(reference + "-2");
    journey.requestClosed();

    assertThat(order)
        .hasPassedElementsInOrder(CALL_ABOUT_SPLIT, SEND_SPLIT_NOTICE, PACK_IN_WAREHOUSE, JOIN_ORDER_DONE, CLOSE_REQUEST)
        .isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void theStoreIsLateWithTheCall_itsTeamIsRemindedThenItsLeadTold_andTheParcelsStillWaitForTheCall() {
    String reference = "OR-2026-000205";
    var order = waitingForTheSplitCall(reference);

    journey.engine().advanceClock(Duration.ofMinutes(69));
    journey.teamReminded();
    journey.engine().advanceClock(Duration.ofMinutes(22));
    journey.teamLeadTold();

    assertThat(order)
        .hasPassedElementsInOrder(SLA_REMINDER, REMIND_TEAM, TEAM_REMINDED)
        .hasPassedElementsInOrder(SLA_BREACHED, ESCALATE, ESCALATED)
        .isWaitingExactlyAtElements(CALL_ABOUT_SPLIT);
    assertThat(journey.engine().jobsCreated(JobTypes.PACK_WAREHOUSE_SHIPMENT, order.getProcessInstanceKey())).isEmpty();

    // and when the store finally calls, the parcels leave as usual
    journey.storeCalls(CALL_REACHED, "Reached him at last.");
    assertThat(order).isWaitingAtElements(PACK_IN_WAREHOUSE, PACK_IN_STORE);
  }

  @Test
  void aCallCompletedWithoutAnOutcome_stillTellsTheCustomerByMail() {
    String reference = "OR-2026-000206";
    var order = waitingForTheSplitCall(reference);

    journey.engine().completeWhere(JobTypes.USER_TASK, "the split call", job -> job.getElementId().equals(CALL_ABOUT_SPLIT), Map.of());
    journey.splitNoticeSent();

    assertThat(order).hasPassedElement(SEND_SPLIT_NOTICE).isWaitingAtElements(PACK_IN_WAREHOUSE, PACK_IN_STORE);
  }

  @Test
  void theCarriersMessagesCorrelateByShipment_anotherShipmentsScanMovesNothing() {
    String reference = "OR-2026-000207";
    var order = journey.start(reference);
    journey.allocatedToOneLocation(shipment(reference + "-1", WAREHOUSE, LOCATION_WAREHOUSE, WAREHOUSE_TEAM));
    journey.warehousePacks(reference + "-1");
    journey.stateRecorded(reference + "-1", STATE_PACKED);

    journey.carrierTakes("OR-2026-999999-1");
    journey.engine().publish(SHIPMENT_DELIVERED_MESSAGE, reference, "delivered-by-reference", Duration.ZERO, Map.of());

    assertThat(order).isWaitingAtElements(AWAIT_HAND_OVER).hasNotPassedElement(AWAIT_HAND_OVER);
    var handedOver = journey.carrierTakes(reference + "-1");
    var recorded = journey.stateRecorded(reference + "-1", STATE_HANDED_OVER);
    assertThat(handedOver.getMessageKey()).isPositive();
    assertThat(shipmentIdOf(recorded)).isEqualTo(reference + "-1");
    assertThat(order).isWaitingAtElements(AWAIT_DELIVERY);
  }
}
