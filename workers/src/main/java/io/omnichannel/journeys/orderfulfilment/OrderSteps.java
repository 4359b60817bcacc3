package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.orders.Allocation;
import io.omnichannel.orders.LineState;
import io.omnichannel.orders.Order;
import io.omnichannel.orders.OrderLine;
import io.omnichannel.orders.OrderMail;
import io.omnichannel.orders.Orders;
import io.omnichannel.orders.Shipment;
import io.omnichannel.orders.ShipmentState;
import io.omnichannel.orders.Shipments;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of an order's journey, each safe to repeat (a job delivered twice). */
@Service
class OrderSteps {

  private static final String SYSTEM = "system";
  private static final String MAILS = "journeys/orderfulfilment/mail/";

  private final Orders orders;
  private final Shipments shipments;
  private final StockLocations locations;
  private final RequestLedger ledger;
  private final RequestHistory history;
  private final OrderMail mails;
  private final Clock clock;

  OrderSteps(
      Orders orders, Shipments shipments, StockLocations locations, RequestLedger ledger, RequestHistory history, OrderMail mails, Clock clock) {
    this.orders = orders;
    this.shipments = shipments;
    this.locations = locations;
    this.ledger = ledger;
    this.history = history;
    this.mails = mails;
    this.clock = clock;
  }

  /** Parcels per location, the lines nobody has, and who calls when the order is split. */
  @Transactional
  Map<String, Object> allocate(UUID requestId) {
    Order order = orders.find(requestId).orElseThrow(() -> new IllegalStateException("request " + requestId + " is no order"));
    Allocation.Plan plan = shipments.allocate(requestId, order.shipToCity(), clock.instant());
    List<Shipment> parcels = orders.shipments(requestId);
    List<Map<String, Object>> shipmentVariables = new ArrayList<>();
    String callTeam = null;
    String callStore = null;
    for (Shipment parcel : parcels) {
      StockLocation from = locations.find(parcel.locationId()).orElseThrow();
      boolean warehouse = from.kind() == StockLocation.Kind.WAREHOUSE;
      Map<String, Object> shipment = new HashMap<>();
      shipment.put(Variables.SHIPMENT_ID, parcel.id().toString());
      shipment.put(Variables.LOCATION_ID, from.id());
      shipment.put(Variables.LOCATION_KIND, warehouse ? Variables.LOCATION_WAREHOUSE : Variables.LOCATION_STORE);
      shipment.put(Variables.TEAM_ID, warehouse ? OrderFulfilmentProcess.SERVICE_TEAM : from.teamId());
      shipmentVariables.add(shipment);
      if (!warehouse && callTeam == null) {
        callTeam = from.teamId();
        callStore = from.id();
      }
    }
    boolean split = parcels.size() > 1;
    ledger.startWork(requestId);
    if (split) {
      history.recordOnce(requestId, "SPLIT_DETECTED", "Your order comes in " + parcels.size() + " parcels; we tell you before any of them leaves.", true, SYSTEM);
    }
    if (!parcels.isEmpty()) {
      history.recordOnce(
          requestId, "ORDER_ALLOCATED",
          parcels.size() == 1
              ? "Your order is being packed at " + parcels.getFirst().locationName() + "."
              : "Your order comes in " + parcels.size() + " parcels: from " + parcels.stream().map(Shipment::locationName).collect(Collectors.joining(" and ")) + ".",
          true, SYSTEM);
    }
    List<Map<String, Object>> unavailable = new ArrayList<>();
    for (OrderLine line : orders.lines(requestId)) {
      if (plan.unavailable().contains(line.lineNo())) {
        unavailable.add(Map.of("lineId", line.lineNo(), "typeNumber", line.typeNumber(), "quantity", line.quantity()));
      }
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.SHIPMENTS, shipmentVariables);
    variables.put(Variables.SPLIT, split);
    variables.put(Variables.UNAVAILABLE_LINES, unavailable);
    // the store that ships the extra parcel calls; with no store parcel (never split then) nobody
    variables.put(Variables.SPLIT_CALL_TEAM, split ? callTeam : null);
    variables.put(Variables.SPLIT_CALL_STORE_ID, split ? callStore : null);
    return variables;
  }

  /** The state the model reached for one parcel; the carrier's own event may have put it there already. */
  @Transactional
  void recordShipmentState(UUID shipmentId, String state) {
    Shipment parcel = shipments.settle(shipmentId, ShipmentState.valueOf(state), clock.instant());
    UUID requestId = parcel.requestId();
    String from = parcel.locationName();
    switch (parcel.state()) {
      case PACKED -> history.recordOnce(requestId, "PARCEL_PACKED:" + shipmentId, "Your parcel from " + from + " is packed.", true, SYSTEM);
      case HANDED_OVER -> {
        history.recordOnce(
            requestId, "PARCEL_HANDED_OVER:" + shipmentId,
            "Your parcel from " + from + " is on its way" + (parcel.trackingNumber() == null ? "." : " (" + carrier(parcel) + "tracking number " + parcel.trackingNumber() + ")."),
            true, SYSTEM);
        if (orders.shipments(requestId).stream().noneMatch(s -> s.state() == ShipmentState.PLANNED || s.state() == ShipmentState.PACKED)) {
          ledger.inDelivery(requestId);
        }
      }
      case DELIVERED -> history.recordOnce(requestId, "PARCEL_DELIVERED:" + shipmentId, "Your parcel from " + from + " was delivered.", true, SYSTEM);
      default -> history.recordOnce(requestId, "PARCEL_" + parcel.state() + ":" + shipmentId, "Parcel from " + from + ": " + parcel.state().name().toLowerCase() + ".", false, SYSTEM);
    }
    if (orders.shipments(requestId).stream().allMatch(s -> s.state().isFinal())) {
      history.recordOnce(requestId, "SHIPMENTS_COMPLETED", "Every parcel of your order has arrived or is settled.", true, SYSTEM);
    }
  }

  private static String carrier(Shipment parcel) {
    return parcel.carrier() == null ? "" : parcel.carrier() + ", ";
  }

  /** The web warehouse's system picks and packs; the product hands the parcel over to it (no such system in the demo: noted). */
  @Transactional
  void handToWarehouse(UUID shipmentId) {
    Shipment parcel = shipments.find(shipmentId).orElseThrow();
    history.recordOnce(parcel.requestId(), "PARCEL_TO_WAREHOUSE:" + shipmentId, "Parcel " + shipmentId + " handed to the warehouse's picking.", false, SYSTEM);
  }

  @Transactional
  void splitNotice(UUID requestId) {
    List<Shipment> parcels = orders.shipments(requestId);
    mails.send("split-notice", requestId, "Your order comes in " + parcels.size() + " parcels", MAILS + "split-notice",
        Map.of("stores", parcels.stream().map(Shipment::locationName).toList()));
    history.recordOnce(requestId, "SPLIT_NOTICE_SENT", "We wrote to you that your order comes in " + parcels.size() + " parcels.", true, SYSTEM);
  }

  @Transactional
  void offerBackorder(UUID requestId) {
    List<String> missing = orders.lines(requestId).stream().filter(l -> l.state() == LineState.OPEN && l.shipmentId() == null)
        .map(l -> l.quantity() + " × " + l.productName()).toList();
    mails.send("backorder-offer", requestId, "Part of your order is not in stock: wait or cancel?", MAILS + "backorder-offer", Map.of("lines", missing));
    history.recordOnce(requestId, "BACKORDER_OFFERED", "Not in stock anywhere: " + String.join(", ", missing) + ". Please choose on this page: wait for it, or cancel it.", true, SYSTEM);
  }

  @Transactional
  void settleUnavailable(UUID requestId, LineState decision) {
    List<Integer> open = orders.lines(requestId).stream().filter(l -> l.shipmentId() == null && l.state() != LineState.CANCELLED).map(OrderLine::lineNo).toList();
    orders.decideUnavailable(requestId, open, decision);
    history.recordOnce(requestId, "LINES_" + decision, decision == LineState.BACKORDERED
        ? "The missing items are on backorder: we send them as soon as they are in stock."
        : "The missing items are cancelled; you are not charged for them.", true, SYSTEM);
  }

  /** @param step the model's element instance: each delay is told once, however often its job is delivered */
  @Transactional
  void tellProblem(UUID shipmentId, String problem, long step) {
    Shipment parcel = shipments.find(shipmentId).orElseThrow();
    boolean lost = OrderFulfilmentProcess.PROBLEM_LOST.equals(problem);
    String subject = lost ? "Your parcel from " + parcel.locationName() + " is lost" : "Your parcel from " + parcel.locationName() + " is late";
    mails.send("parcel-" + problem.toLowerCase() + ":" + step, parcel.requestId(), subject, MAILS + "parcel-problem",
        Map.of("lost", lost, "from", parcel.locationName(), "trackingNumber", parcel.trackingNumber() == null ? "" : parcel.trackingNumber()));
    history.recordOnce(parcel.requestId(), "PARCEL_" + problem + "_TOLD:" + step,
        subject + ". Our service team takes care of it" + (lost ? ": a replacement or your money back." : "."), true, SYSTEM);
  }

}
