package io.omnichannel.journeys.reservation;

import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.inventory.ReleaseReason;
import io.omnichannel.inventory.StockHold;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLevel;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.journeys.reservation.ReservationMails.EndedReason;
import io.omnichannel.journeys.reservation.ReservationMails.Pickup;
import io.omnichannel.orders.Order;
import io.omnichannel.orders.OrderLine;
import io.omnichannel.orders.Orders;
import io.omnichannel.orders.OrdersProperties;
import io.omnichannel.platform.OrchestratorProperties;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work inside each step of the reservation model, and of the pickup steps click-and-collect
 * shares with it ({@link Journey#ORDER}: all the order's holds, one pickup code, the order's words).
 * Every step is safe to repeat: the stock keeps one hold per request and line, mails carry dedup
 * keys, history entries are written once.
 */
@Service
class ReservationSteps {

  private static final String SYSTEM = "system";

  private final RequestTracking requests;
  private final RequestHistory history;
  private final RequestLedger ledger;
  private final ReservationMails mails;
  private final ReservationDetails details;
  private final StockHolds holds;
  private final StockLocations stock;
  private final ReservationProperties properties;
  private final Orders orders;
  private final OrdersProperties orderSettings;
  private final ZoneId zone;
  private final Clock clock;

  ReservationSteps(
      RequestTracking requests,
      RequestHistory history,
      RequestLedger ledger,
      ReservationMails mails,
      ReservationDetails details,
      StockHolds holds,
      StockLocations stock,
      ReservationProperties properties,
      Orders orders,
      OrdersProperties orderSettings,
      OrchestratorProperties settings,
      Clock clock) {
    this.requests = requests;
    this.history = history;
    this.ledger = ledger;
    this.mails = mails;
    this.details = details;
    this.holds = holds;
    this.stock = stock;
    this.properties = properties;
    this.orders = orders;
    this.orderSettings = orderSettings;
    this.zone = settings.timeZone();
    this.clock = clock;
  }

  /** @return whether a piece is held for the reservation (the model's {@code stockHeld}) */
  @Transactional
  public boolean hold(UUID requestId) {
    Reservation request = request(requestId);
    boolean held = holds.hold(requestId, request.storeId(), request.typeNumber(), clock.instant()).held();
    if (held) {
      StockLevel level = level(request);
      history.recordOnce(
          requestId, "STOCK_HELD", "We hold one %s for you at %s.".formatted(level.productName(), level.location().name()), true, SYSTEM);
    }
    return held;
  }

  /** The store confirmed: pickup code and time on the hold (once), the code to the customer (once). */
  @Transactional
  public PickupPlan sendPickupCode(UUID requestId, String confirmedBy, Journey journey) {
    if (journey == Journey.ORDER) {
      var now = clock.instant();
      holdWhatTheStoreGotIn(requestId, now);
      StockHold hold = holds.confirmOrder(requestId, confirmedBy == null ? "store" : confirmedBy, now.plus(orderSettings.pickupHoldFor()), now);
      mails.pickupCode(requestId, orderPickup(requestId, hold));
      ledger.waitForPickup(requestId);
      return new PickupPlan(hold.holdUntil(), hold.holdUntil().minus(orderSettings.pickupRemindBefore()), zone);
    }
    Reservation request = request(requestId);
    var now = clock.instant();
    StockHold hold = holds.confirm(requestId, confirmedBy == null ? "store" : confirmedBy, now.plus(properties.holdFor()), now);
    mails.pickupCode(requestId, pickup(request, hold));
    ledger.waitForPickup(requestId);
    return new PickupPlan(hold.holdUntil(), hold.holdUntil().minus(properties.remindBefore()), zone);
  }

  /** Nothing when the piece was picked up or the hold ended meanwhile. */
  @Transactional
  public void remindPickup(UUID requestId, Journey journey) {
    if (journey == Journey.ORDER) {
      holds.ofOrder(requestId)
          .filter(StockHold::isHeld)
          .filter(hold -> hold.pickupCode() != null)
          .ifPresent(hold -> mails.pickupReminder(requestId, orderPickup(requestId, hold)));
      return;
    }
    Reservation request = request(requestId);
    holds.ofRequest(requestId)
        .filter(StockHold::isHeld)
        .filter(hold -> hold.pickupCode() != null)
        .ifPresent(hold -> mails.pickupReminder(requestId, pickup(request, hold)));
  }

  @Transactional
  public void release(UUID requestId, ReleaseReason reason, Journey journey) {
    holds.release(requestId, reason, reason == ReleaseReason.CANCELLED ? "customer" : SYSTEM, clock.instant());
    if (journey == Journey.ORDER) {
      // no payment system is connected: the refund her mail promises is the service team's to make
      history.recordOnce(requestId, "REFUND_DUE", "Not picked up (" + reason + "): refund the " + orderName(requestId) + ".", false, SYSTEM);
    }
  }

  @Transactional
  public void handOver(UUID requestId, String handedOverBy, Journey journey) {
    if (journey == Journey.ORDER) {
      holds.pickUpOrder(requestId, handedOverBy == null ? "counter" : handedOverBy, clock.instant());
      mails.handedOver(requestId, holds.ofOrder(requestId).orElseThrow().location().name());
      return;
    }
    Reservation request = request(requestId);
    holds.pickUp(requestId, handedOverBy == null ? "counter" : handedOverBy, clock.instant());
    mails.handedOver(requestId, level(request).location().name());
  }

  /** @param storeNote the store's words when it declined; may be null */
  @Transactional
  public void tellEnded(UUID requestId, EndedReason reason, String storeNote, Journey journey) {
    if (journey == Journey.ORDER) {
      StockHold hold = holds.ofOrder(requestId).orElseThrow(() -> new IllegalStateException("order " + requestId + " has no hold"));
      mails.ended(requestId, reason, orderName(requestId), hold.location().name(), storeNote, List.of(), true);
      return;
    }
    Reservation request = request(requestId);
    StockLevel level = level(request);
    List<String> elsewhere =
        stock.ofProduct(request.typeNumber()).stream()
            .filter(other -> other.location().isStore() && other.available() > 0)
            .filter(other -> !other.location().id().equals(request.storeId()))
            .map(other -> "%s (%s): %d available".formatted(other.location().name(), other.location().city(), other.available()))
            .toList();
    mails.ended(requestId, reason, level.productName(), level.location().name(), storeNote, elsewhere, false);
  }

  private Pickup pickup(Reservation request, StockHold hold) {
    StockLevel level = level(request);
    return new Pickup(hold.pickupCode(), level.location().name(), level.productName(), hold.holdUntil(), false);
  }

  private Pickup orderPickup(UUID requestId, StockHold hold) {
    return new Pickup(hold.pickupCode(), hold.location().name(), orderName(requestId), hold.holdUntil(), true);
  }

  /** A line the store had too few of at the confirmation is there now that the store says the order is ready: held now, unless the stock still lacks it. */
  private void holdWhatTheStoreGotIn(UUID requestId, Instant now) {
    Order order = orders.find(requestId).orElseThrow(() -> new IllegalStateException("request " + requestId + " is no order"));
    for (OrderLine line : order.lines()) {
      holds.holdLine(requestId, line.lineNo(), order.collectAt(), line.typeNumber(), line.quantity(), now);
    }
  }

  private String orderName(UUID requestId) {
    return orders.find(requestId).map(order -> "order " + order.orderNumber()).orElse("order");
  }

  /** Whose pickup a job is, by the process that sent it (the job types are shared). */
  enum Journey {
    RESERVATION,
    ORDER;

    static Journey of(ActivatedJob job) {
      return ClickAndCollectProcess.PROCESS_ID.equals(job.getBpmnProcessId()) ? ORDER : RESERVATION;
    }
  }

  private StockLevel level(Reservation request) {
    return stock.level(request.storeId(), request.typeNumber())
        .orElseThrow(() -> new NoSuchElementException("store " + request.storeId() + " does not stock " + request.typeNumber()));
  }

  /** The reservation as its steps read it: the ledger's request and the store from the journey's own table. */
  private record Reservation(UUID id, String typeNumber, String storeId) {}

  private Reservation request(UUID requestId) {
    RequestSummary request = requests.summary(requestId);
    String storeId = details.storeOf(requestId).orElseThrow(() -> new NoSuchElementException("reservation " + requestId + " names no store"));
    return new Reservation(request.id(), request.typeNumber(), storeId);
  }
}
