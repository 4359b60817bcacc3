package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.BACKORDER_DECISION;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.CALL_NOTE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.CALL_OUTCOME;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.FOLLOW_UP_NOTE;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_ID;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOCATION_KIND;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.LOST_PARCEL_RESOLUTION;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.REVIEW_INVITATION_DELAY;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.SHIPMENT;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.SHIPMENTS;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.SHIPMENT_ID;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.SPLIT;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.SPLIT_CALL_STORE_ID;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.SPLIT_CALL_TEAM;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.TEAM_ID;
import static io.omnichannel.processes.OrderFulfilmentProcess.Variables.UNAVAILABLE_LINES;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Elements;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.processes.SharedModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The order-fulfilment journey, with the allocation, the warehouse, the carrier, the store teams and
 * the service team played by the test. Steps inside a shipment name the shipment they act on, since
 * several shipments wait at the same step at once.
 */
public final class OrderFulfilmentJourney extends JourneyDriver {

  public OrderFulfilmentJourney(ProcessEngineDriver engine) {
    super(engine, OrderFulfilmentProcess.RESOURCE, OrderFulfilmentProcess.START_MESSAGE, OrderFulfilmentProcess.REQUEST_TYPE);
  }

  /** A shipment as allocate-order returns it. */
  public static Map<String, Object> shipment(String shipmentId, String locationId, String locationKind, String teamId) {
    return Map.of(SHIPMENT_ID, shipmentId, LOCATION_ID, locationId, LOCATION_KIND, locationKind, TEAM_ID, teamId);
  }

  /** An order line as allocate-order names an unavailable one: {lineId, typeNumber, quantity}. */
  public static Map<String, Object> line(String lineId, String typeNumber, int quantity) {
    return Map.of("lineId", lineId, "typeNumber", typeNumber, "quantity", quantity);
  }

  /** The intake's start message, with the review delay the intake sets by default. */
  public InspectedProcessInstance start(String reference) {
    return start(reference, SharedModel.DEFAULT_REVIEW_INVITATION_DELAY);
  }

  /** Started, and the order confirmed to the customer (her first mail, with the status page's link). */
  public InspectedProcessInstance start(String reference, String reviewInvitationDelay) {
    InspectedProcessInstance order =
        started(
            publishStart(reference, requestIdOf(reference), MESSAGE_TIME_TO_LIVE, Map.of(REVIEW_INVITATION_DELAY, reviewInvitationDelay)),
            reference);
    acknowledged();
    return order;
  }

  /** One shipment from one location, every line available. */
  public ActivatedJob allocatedToOneLocation(Map<String, Object> shipment) {
    return allocated(List.of(shipment), List.of(), null, null);
  }

  /**
   * As {@code AllocateOrderWorker} answers: the shipments, whether that is a split, the lines
   * nobody can deliver and, for a split, the store team that calls.
   */
  public ActivatedJob allocated(
      List<Map<String, Object>> shipments, List<Map<String, Object>> unavailableLines, String splitCallTeam, String splitCallStoreId) {
    Map<String, Object> result = new HashMap<>();
    result.put(SHIPMENTS, shipments);
    result.put(SPLIT, shipments.size() > 1);
    result.put(UNAVAILABLE_LINES, unavailableLines);
    result.put(SPLIT_CALL_TEAM, splitCallTeam);
    result.put(SPLIT_CALL_STORE_ID, splitCallStoreId);
    return engine().complete(JobTypes.ALLOCATE_ORDER, result);
  }

  public ActivatedJob backorderOffered() {
    return engine().complete(JobTypes.OFFER_BACKORDER, Map.of());
  }

  /** Her choice on the tracking page, as the page publishes it. */
  public PublishMessageResponse customerDecides(String reference, String decision) {
    return engine().publish(
        OrderFulfilmentProcess.BACKORDER_DECIDED_MESSAGE,
        reference,
        "backorder:" + requestIdOf(reference),
        MESSAGE_TIME_TO_LIVE,
        Map.of(BACKORDER_DECISION, decision));
  }

  public ActivatedJob linesBackordered() {
    return engine().complete(JobTypes.BACKORDER_ORDER_LINES, Map.of());
  }

  public ActivatedJob linesCancelled() {
    return engine().complete(JobTypes.CANCEL_ORDER_LINES, Map.of());
  }

  /** The store's team completes "Call the customer about the split order" in the task list. */
  public ActivatedJob storeCalls(String outcome, String note) {
    return engine().completeWhere(
        JobTypes.USER_TASK, "the split call", job -> job.getElementId().equals(Elements.CALL_ABOUT_SPLIT), Map.of(CALL_OUTCOME, outcome, CALL_NOTE, note));
  }

  public ActivatedJob splitNoticeSent() {
    return engine().complete(JobTypes.SEND_SPLIT_NOTICE, Map.of());
  }

  public ActivatedJob warehousePacks(String shipmentId) {
    return engine().completeWhere(JobTypes.PACK_WAREHOUSE_SHIPMENT, shipmentId, of(shipmentId), Map.of());
  }

  /** The store's team completes "Pick and pack the parcel in the store" (the form printed the community card). */
  public ActivatedJob storePacks(String shipmentId) {
    return engine().completeWhere(JobTypes.USER_TASK, shipmentId, task(Elements.PACK_IN_STORE, shipmentId), Map.of());
  }

  /** record-shipment-state for the shipment, checking the state the model asks to record. */
  public ActivatedJob stateRecorded(String shipmentId, String expectedState) {
    ActivatedJob job = engine().completeWhere(JobTypes.RECORD_SHIPMENT_STATE, shipmentId, of(shipmentId), Map.of());
    assertThat(job.getCustomHeaders())
        .as("state recorded for %s", shipmentId)
        .containsEntry(OrderFulfilmentProcess.HEADER_SHIPMENT_STATE, expectedState);
    return job;
  }

  /** The carrier's scan at pickup, as the carrier adapter publishes it. */
  public PublishMessageResponse carrierTakes(String shipmentId) {
    return carrier(OrderFulfilmentProcess.SHIPMENT_HANDED_OVER_MESSAGE, shipmentId, "handed-over:" + shipmentId);
  }

  public PublishMessageResponse carrierDelivers(String shipmentId) {
    return carrier(OrderFulfilmentProcess.SHIPMENT_DELIVERED_MESSAGE, shipmentId, "delivered:" + shipmentId);
  }

  /** A delay report: the carrier's event id is the message id, so a second report is a second message. */
  public PublishMessageResponse carrierReportsDelay(String shipmentId, String carrierEventId) {
    return carrier(OrderFulfilmentProcess.SHIPMENT_DELAYED_MESSAGE, shipmentId, carrierEventId);
  }

  public PublishMessageResponse carrierReportsLost(String shipmentId) {
    return carrier(OrderFulfilmentProcess.SHIPMENT_LOST_MESSAGE, shipmentId, "lost:" + shipmentId);
  }

  /** Packed parcel taken by the carrier and delivered, each step recorded. */
  public void parcelArrives(String shipmentId) {
    carrierTakes(shipmentId);
    stateRecorded(shipmentId, OrderFulfilmentProcess.STATE_HANDED_OVER);
    carrierDelivers(shipmentId);
    stateRecorded(shipmentId, OrderFulfilmentProcess.STATE_DELIVERED);
  }

  /** A warehouse shipment from packing to the customer's door. */
  public void warehouseShipmentArrives(String shipmentId) {
    warehousePacks(shipmentId);
    stateRecorded(shipmentId, OrderFulfilmentProcess.STATE_PACKED);
    parcelArrives(shipmentId);
  }

  public ActivatedJob customerToldOfProblem(String shipmentId) {
    return engine().completeWhere(JobTypes.TELL_SHIPMENT_PROBLEM, shipmentId, of(shipmentId), Map.of());
  }

  public ActivatedJob serviceTeamFollowsUpDelay(String shipmentId, String note) {
    return engine().completeWhere(
        JobTypes.USER_TASK, shipmentId, task(Elements.FOLLOW_UP_DELAYED, shipmentId), Map.of(FOLLOW_UP_NOTE, note));
  }

  public ActivatedJob serviceTeamResolvesLostParcel(String shipmentId, String resolution) {
    return engine().completeWhere(
        JobTypes.USER_TASK, shipmentId, task(Elements.RESOLVE_LOST, shipmentId), Map.of(LOST_PARCEL_RESOLUTION, resolution));
  }

  /** The shipment id of a job inside the shipment sub-process. */
  @SuppressWarnings("unchecked")
  public static String shipmentIdOf(ActivatedJob job) {
    Object shipment = job.getVariablesAsMap().get(SHIPMENT);
    return shipment instanceof Map<?, ?> map ? (String) ((Map<String, Object>) map).get(Variables.SHIPMENT_ID) : null;
  }

  private PublishMessageResponse carrier(String message, String shipmentId, String messageId) {
    return engine().publish(message, shipmentId, messageId, MESSAGE_TIME_TO_LIVE, Map.of());
  }

  private static Predicate<ActivatedJob> of(String shipmentId) {
    return job -> shipmentId.equals(shipmentIdOf(job));
  }

  private static Predicate<ActivatedJob> task(String elementId, String shipmentId) {
    return job -> job.getElementId().equals(elementId) && shipmentId.equals(shipmentIdOf(job));
  }
}
