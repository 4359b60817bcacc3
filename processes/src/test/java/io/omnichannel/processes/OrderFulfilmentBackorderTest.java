package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.AWAIT_BACKORDER_DECISION;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.AWAIT_HAND_OVER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.BACKORDER_DECIDED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.BACKORDER_LINES;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.CANCEL_LINES;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.JOIN_ORDER_DONE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.NO_BACKORDER_DECISION;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.OFFER_BACKORDER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.PACK_IN_WAREHOUSE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Elements.REVIEW_INVITATION_DUE;
import static io.omnichannel.processes.OrderFulfilmentProcess.STATE_PACKED;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.BACKORDER;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.CANCEL;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_WAREHOUSE;
import static io.omnichannel.processes.testsupport.OrderFulfilmentJourney.line;
import static io.omnichannel.processes.testsupport.OrderFulfilmentJourney.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.processes.testsupport.OrderFulfilmentJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A line nobody can deliver: the customer is told at once and chooses to wait (backorder) or cancel
 * it; silence for three days means waiting. The rest of the order ships meanwhile, and the order
 * closes only when both the parcels and the decision are done.
 */
@ZeebeProcessTest
class OrderFulfilmentBackorderTest {

  private static final List<Map<String, Object>> SOLD_OUT_REEL = List.of(line("line-3", "RL-2500", 1));

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private OrderFulfilmentJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new OrderFulfilmentJourney(new ProcessEngineDriver(engine, client));
  }

  /** Given an order of lures (in the warehouse) and a reel nobody has; she has been offered the choice. */
  private InspectedProcessInstance offeredTheChoice(String reference) {
    var order = journey.start(reference);
    journey.allocated(List.of(shipment(reference + "-1", "web-warehouse", LOCATION_WAREHOUSE, "warehouse")), SOLD_OUT_REEL, null, null);

    var offer = journey.backorderOffered();
    assertThat(offer.getElementId()).isEqualTo(OFFER_BACKORDER);
    assertThat(offer.getVariablesAsMap()).containsEntry(Variables.UNAVAILABLE_LINES, SOLD_OUT_REEL);
    // the lures do not wait for her decision
    assertThat(order).isWaitingAtElements(AWAIT_BACKORDER_DECISION, PACK_IN_WAREHOUSE);
    return order;
  }

  @Test
  void sheChoosesToWait_theReelGoesOnBackorder_andTheOrderClosesWhenTheLuresArrived() {
    String reference = "OR-2026-000301";
    var order = offeredTheChoice(reference);

    journey.customerDecides(reference, BACKORDER);
    var backorder = journey.linesBackordered();
    assertThat(backorder.getVariablesAsMap()).containsEntry(Variables.UNAVAILABLE_LINES, SOLD_OUT_REEL);
    assertThat(order).isWaitingAtElements(PACK_IN_WAREHOUSE).isActive();

    journey.warehouseShipmentArrives(reference + "-1");
    journey.requestClosed();

    assertThat(order)
        .hasPassedElementsInOrder(OFFER_BACKORDER, BACKORDER_DECIDED, BACKORDER_LINES)
        .hasPassedElementsInOrder(JOIN_ORDER_DONE, CLOSE_REQUEST)
        .hasNotPassedElement(CANCEL_LINES)
        .hasNotPassedElement(NO_BACKORDER_DECISION)
        .isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void sheCancelsTheReel_itIsCancelledAndRefunded() {
    String reference = "OR-2026-000302";
    var order = offeredTheChoice(reference);

    journey.warehouseShipmentArrives(reference + "-1");
    // the parcel is there, but her decision is still open: the order waits for it
    assertThat(order).isWaitingExactlyAtElements(AWAIT_BACKORDER_DECISION);
    journey.customerDecides(reference, CANCEL);
    var cancel = journey.linesCancelled();
    journey.requestClosed();

    assertThat(cancel.getElementId()).isEqualTo(CANCEL_LINES);
    assertThat(order)
        .hasPassedElementsInOrder(BACKORDER_DECIDED, CANCEL_LINES, JOIN_ORDER_DONE, CLOSE_REQUEST)
        .hasNotPassedElement(BACKORDER_LINES)
        .isWaitingExactlyAtElements(REVIEW_INVITATION_DUE);
  }

  @Test
  void sheDoesNotAnswerInThreeDays_theReelGoesOnBackorderAsTheMailSaid() {
    String reference = "OR-2026-000303";
    var order = offeredTheChoice(reference);
    journey.warehouseShipmentArrives(reference + "-1");

    Duration period = Duration.ofDays(Period.parse(OrderFulfilmentProcess.BACKORDER_DECISION_PERIOD).getDays());
    journey.engine().advanceClock(period.minusHours(1));
    assertThat(order).isWaitingExactlyAtElements(AWAIT_BACKORDER_DECISION);
    journey.engine().advanceClock(Duration.ofHours(1).plusMinutes(1));
    journey.linesBackordered();
    journey.requestClosed();

    assertThat(order)
        .hasPassedElementsInOrder(NO_BACKORDER_DECISION, BACKORDER_LINES, JOIN_ORDER_DONE, CLOSE_REQUEST)
        .hasNotPassedElement(BACKORDER_DECIDED)
        .hasNotPassedElement(CANCEL_LINES);
  }

  @Test
  void aDecisionForAnotherOrderMovesNothing() {
    String reference = "OR-2026-000304";
    var order = offeredTheChoice(reference);

    journey.customerDecides("OR-2026-999999", CANCEL);

    assertThat(order).isWaitingAtElements(AWAIT_BACKORDER_DECISION, PACK_IN_WAREHOUSE).hasNotPassedElement(BACKORDER_DECIDED);
    journey.warehousePacks(reference + "-1");
    journey.stateRecorded(reference + "-1", STATE_PACKED);
    assertThat(order).isWaitingAtElements(AWAIT_BACKORDER_DECISION, AWAIT_HAND_OVER);
  }
}
