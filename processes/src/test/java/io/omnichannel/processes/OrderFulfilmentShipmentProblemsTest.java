package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.AWAIT_DELIVERY;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.AWAIT_HAND_OVER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.DELAY_FOLLOWED_UP;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.DELIVERY_OVERDUE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.FOLLOW_UP_DELAYED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.HAND_OVER_OVERDUE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.JOIN_ORDER_DONE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.RECORD_CANCELLED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.RECORD_DELAYED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.RECORD_DELIVERED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.RESOLVE_LOST;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.REVIEW_INVITATION_DUE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SHIPMENT_CANCELLED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SHIPMENT_DELAYED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SHIPMENT_DELIVERED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.SHIPMENT_LOST;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.TELL_DELAYED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.TELL_LOST;
import static io.omnichannel.processes.OrderFulfilmentProcess.HEADER_PROBLEM;
import static io.omnichannel.processes.OrderFulfilmentProcess.PROBLEM_DELAYED;
import static io.omnichannel.processes.OrderFulfilmentProcess.PROBLEM_LOST;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_CANCELLED;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_DELAYED;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_DELIVERED;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_HANDED_OVER;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_PACKED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.CALL_REACHED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_STORE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_WAREHOUSE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.REFUNDED;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
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
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A parcel that is late (reported by the carrier, or simply overdue) or lost: the customer is told,
 * the service team gets a task, the other parcel goes its way; a lost parcel ends its shipment as
 * cancelled and the order still closes.
 */
@ZeebeProcessTest
class OrderFulfilmentShipmentProblemsTest {

  private static final String BERLIN = "store-berlin";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private OrderFulfilmentJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new OrderFulfilmentJourney(new ProcessEngineDriver(engine, client));
  }

  /** The model's periods are whole days ({@code P2D}): the constants document them, the tests hold them to it. */
  private static Duration days(String isoPeriod) {
    return Duration.ofDays(Period.parse(isoPeriod).getDays());
  }

  /**
   * Given a split order the store called about: the lures' parcel (-1) from the warehouse is
   * delivered, the hooks' parcel (-2) from the Berlin store is packed and taken by the carrier.
   */
  private InspectedProcessInstance hooksOnTheirWay(String reference) {
    var order = journey.start(reference);
    journey.allocated(
        List.of(
            shipment(reference + "-1", "web-warehouse", LOCATION_WAREHOUSE, "warehouse"),
            shipment(reference + "-2", BERLIN, LOCATION_STORE, BERLIN)),
        List.of(),
        BERLIN,
        BERLIN);
    journey.slaPlanned(hoursFromNow(1), hoursFromNow(2));
    journey.storeCalls(CALL_REACHED, "Fine with two parcels.");
    journey.warehouseShipmentArrives(reference + "-1");
    journey.storePacks(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_PACKED);
    journey.carrierTakes(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_HANDED_OVER);
    assertThat(order).isWaitingAtElements(AWAIT_DELIVERY).hasPassedElement(SHIPMENT_DELIVERED, 1);
    return order;
  }

  @Test
  void theCarrierReportsADelay_heIsTold_theServiceTeamFollowsUp_andWhenTheParcelArrivesTheTaskGoesAway() {
    String reference = "OR-2026-000401";
    var order = hooksOnTheirWay(reference);

    journey.carrierReportsDelay(reference + "-2", "carrier-event-7731");
    var recorded = journey.stateRecorded(reference + "-2", STATE_DELAYED);
    assertThat(recorded.getElementId()).isEqualTo(RECORD_DELAYED);
    var told = journey.customerToldOfProblem(reference + "-2");
    assertThat(told.getElementId()).isEqualTo(TELL_DELAYED);
    assertThat(told.getCustomHeaders()).containsEntry(HEADER_PROBLEM, PROBLEM_DELAYED);
    assertThat(shipmentIdOf(told)).isEqualTo(reference + "-2");
    // the delay does not stop the wait for the delivery
    assertThat(order).isWaitingAtElements(FOLLOW_UP_DELAYED, AWAIT_DELIVERY);

    journey.carrierDelivers(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_DELIVERED);
    journey.requestClosed();

    assertThat(order)
        .hasPassedElementsInOrder(SHIPMENT_DELAYED, RECORD_DELAYED, TELL_DELAYED)
        // the lures' parcel arrived before, the hooks' parcel after its delay
        .hasPassedElementsInOrder(RECORD_DELIVERED, TELL_DELAYED, RECORD_DELIVERED, JOIN_ORDER_DONE, CLOSE_REQUEST)
        .hasNotPassedElement(FOLLOW_UP_DELAYED)
        .isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
    // the follow-up task was withdrawn when the parcel arrived: the task list must drop it
    assertThat(journey.engine().timesTerminated(FOLLOW_UP_DELAYED, order.getProcessInstanceKey())).isEqualTo(1);
  }

  @Test
  void theServiceTeamFinishesItsFollowUpFirst_andTheParcelArrivesLater() {
    String reference = "OR-2026-000402";
    var order = hooksOnTheirWay(reference);
    journey.carrierReportsDelay(reference + "-2", "carrier-event-7732");
    journey.stateRecorded(reference + "-2", STATE_DELAYED);
    journey.customerToldOfProblem(reference + "-2");

    var followUp = journey.serviceTeamFollowsUpDelay(reference + "-2", "Carrier: sorting centre backlog, one more day.");
    assertThat(followUp.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"service-centre\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, OrderFulfilmentProcess.FORM_KEY_PARCEL_DELAYED);
    assertThat(order).hasPassedElement(DELAY_FOLLOWED_UP).isWaitingAtElements(AWAIT_DELIVERY);

    // a second delay report is a second mail and a second task
    journey.carrierReportsDelay(reference + "-2", "carrier-event-7733");
    journey.stateRecorded(reference + "-2", STATE_DELAYED);
    journey.customerToldOfProblem(reference + "-2");
    assertThat(order).hasPassedElement(SHIPMENT_DELAYED, 2).isWaitingAtElements(FOLLOW_UP_DELAYED, AWAIT_DELIVERY);

    journey.carrierDelivers(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_DELIVERED);
    journey.requestClosed();
    assertThat(order).hasPassedElement(CLOSE_REQUEST).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void theParcelIsLost_heIsTold_theServiceTeamRefundsIt_theShipmentEndsCancelled_andTheOrderStillCloses() {
    String reference = "OR-2026-000403";
    var order = hooksOnTheirWay(reference);

    journey.carrierReportsLost(reference + "-2");
    var recorded = journey.stateRecorded(reference + "-2", STATE_CANCELLED);
    assertThat(recorded.getElementId()).isEqualTo(RECORD_CANCELLED);
    var told = journey.customerToldOfProblem(reference + "-2");
    assertThat(told.getElementId()).isEqualTo(TELL_LOST);
    assertThat(told.getCustomHeaders()).containsEntry(HEADER_PROBLEM, PROBLEM_LOST);
    assertThat(order).isWaitingAtElements(RESOLVE_LOST).isNotWaitingAtElements(AWAIT_DELIVERY);

    var resolve = journey.serviceTeamResolvesLostParcel(reference + "-2", REFUNDED);
    assertThat(resolve.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"service-centre\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, OrderFulfilmentProcess.FORM_KEY_PARCEL_LOST);
    var close = journey.requestClosed();

    // the service team's answer stays with the shipment it belongs to
    assertThat(close.getVariablesAsMap()).doesNotContainKey(Variables.LOST_PARCEL_RESOLUTION);
    assertThat(order)
        .hasPassedElementsInOrder(SHIPMENT_LOST, RECORD_CANCELLED, TELL_LOST, RESOLVE_LOST, SHIPMENT_CANCELLED, JOIN_ORDER_DONE, CLOSE_REQUEST)
        .hasPassedElement(SHIPMENT_DELIVERED, 1)
        .hasPassedElement(RECORD_DELIVERED, 1)
        .isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void aLostParcelAfterADelay_takesTheOpenFollowUpWithIt() {
    String reference = "OR-2026-000404";
    var order = hooksOnTheirWay(reference);
    journey.carrierReportsDelay(reference + "-2", "carrier-event-7734");
    journey.stateRecorded(reference + "-2", STATE_DELAYED);
    journey.customerToldOfProblem(reference + "-2");

    journey.carrierReportsLost(reference + "-2");
    journey.stateRecorded(reference + "-2", STATE_CANCELLED);
    journey.customerToldOfProblem(reference + "-2");
    assertThat(order).isWaitingAtElements(FOLLOW_UP_DELAYED, RESOLVE_LOST);
    journey.serviceTeamResolvesLostParcel(reference + "-2", Variables.REPLACEMENT_SENT);
    journey.requestClosed();

    assertThat(order).hasPassedElement(SHIPMENT_CANCELLED).hasNotPassedElement(DELAY_FOLLOWED_UP).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
    assertThat(journey.engine().timesTerminated(FOLLOW_UP_DELAYED, order.getProcessInstanceKey())).isEqualTo(1);
  }

  @Test
  void noDeliveryFiveDaysAfterTheHandOver_isHandledLikeAReportedDelay() {
    String reference = "OR-2026-000405";
    var order = hooksOnTheirWay(reference);

    journey.engine().advanceClock(days(OrderFulfilmentProcess.DELIVERY_PERIOD).plusMinutes(1));
    journey.stateRecorded(reference + "-2", STATE_DELAYED);
    var told = journey.customerToldOfProblem(reference + "-2");

    assertThat(told.getCustomHeaders()).containsEntry(HEADER_PROBLEM, PROBLEM_DELAYED);
    assertThat(order).hasPassedElementsInOrder(DELIVERY_OVERDUE, RECORD_DELAYED, TELL_DELAYED).isWaitingAtElements(FOLLOW_UP_DELAYED, AWAIT_DELIVERY);
  }

  @Test
  void aPackedParcelTheCarrierDoesNotTakeInTwoDays_isHandledLikeADelay_andStillLeavesWhenTaken() {
    String reference = "OR-2026-000406";
    var order = journey.start(reference);
    journey.allocatedToOneLocation(shipment(reference + "-1", "web-warehouse", LOCATION_WAREHOUSE, "warehouse"));
    journey.warehousePacks(reference + "-1");
    journey.stateRecorded(reference + "-1", STATE_PACKED);

    journey.engine().advanceClock(days(OrderFulfilmentProcess.HAND_OVER_PERIOD).plusMinutes(1));
    journey.stateRecorded(reference + "-1", STATE_DELAYED);
    journey.customerToldOfProblem(reference + "-1");
    assertThat(order).hasPassedElement(HAND_OVER_OVERDUE).isWaitingAtElements(FOLLOW_UP_DELAYED, AWAIT_HAND_OVER);

    journey.parcelArrives(reference + "-1");
    journey.requestClosed();
    assertThat(order).hasNotPassedElement(DELAY_FOLLOWED_UP).isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
    assertThat(journey.engine().timesTerminated(FOLLOW_UP_DELAYED, order.getProcessInstanceKey())).isEqualTo(1);
  }
}
