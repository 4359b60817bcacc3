package io.omnichannel.journeys.reservation;

import io.omnichannel.inventory.StockHold;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.orders.Orders;
import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.processes.ReservationProcess.Variables;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.staff.StaffDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a waiting reservation: staff at the counter hand it over against the pickup
 * code, the customer cancels on her tracking page. Both reach the process through the outbox,
 * once per request (message ids {@code pickup:<id>}, {@code cancel:<id>}). The counter hands a
 * click and collect order over the same way, with that model's message; only its store's team may.
 */
@Service
public class ReservationActions {

  private final RequestTracking requests;
  private final StockHolds holds;
  private final ProcessOutbox outbox;
  private final RequestHistory history;
  private final StaffDirectory staffDirectory;
  private final Orders orders;
  private final Clock clock;

  ReservationActions(
      RequestTracking requests,
      StockHolds holds,
      ProcessOutbox outbox,
      RequestHistory history,
      StaffDirectory staffDirectory,
      Orders orders,
      Clock clock) {
    this.orders = orders;
    this.requests = requests;
    this.staffDirectory = staffDirectory;
    this.holds = holds;
    this.outbox = outbox;
    this.history = history;
    this.clock = clock;
  }

  /** What the counter sees for a pickup code, and whether it may hand the piece over now. */
  /**
   * @param order a click and collect order (the hold is its lowest line's, which carries the code)
   * @param items what to hand over, e.g. {@code 1 × CW-40 Chrono 40 automatic watch}
   * @param customerId her counter view's customer; null for a request without a customer
   */
  public record AtCounter(
      StockHold hold, String reference, String customerName, PickupState state, boolean order, List<String> items, UUID customerId) {}

  public enum PickupState {
    /** Set aside, code valid: hand it over. */
    READY,
    /** Already handed over (perhaps a second click). */
    PICKED_UP,
    /** The hold ran out; the piece may be sold. */
    EXPIRED,
    /** Released: declined by the store or cancelled by the customer. */
    RELEASED,
    /** A click and collect order of another store: this counter's staff may not hand it over. */
    WRONG_STORE
  }

  /** Empty when no reservation has the code. */
  @Transactional(readOnly = true)
  public Optional<AtCounter> atCounter(String pickupCode) {
    return atCounter(pickupCode, null);
  }

  /** @param staff who is at the counter; a click and collect order is {@link PickupState#WRONG_STORE} unless she is of its store's team */
  @Transactional(readOnly = true)
  public Optional<AtCounter> atCounter(String pickupCode, String staff) {
    Instant now = clock.instant();
    return holds.byPickupCode(pickupCode)
        .flatMap(hold -> requests.summaryOf(hold.requestId()).map(request -> {
          boolean order = ClickAndCollectProcess.REQUEST_TYPE.equals(request.type());
          PickupState state = state(hold, now);
          if (order && state == PickupState.READY && (staff == null || !staffDirectory.isMember(staff, hold.location().teamId()))) {
            state = PickupState.WRONG_STORE;
          }
          List<String> items = order
              ? orders.lines(hold.requestId()).stream().map(l -> l.quantity() + " × " + l.typeNumber() + " " + l.productName()).toList()
              : List.of(hold.quantity() + " × " + hold.typeNumber());
          return new AtCounter(hold, request.reference(), request.contactName(), state, order, items, request.customerId());
        }));
  }

  /**
   * Publishes {@code ReservationPickedUp} through the outbox, or {@code OrderHandedOver} for a click
   * and collect order.
   *
   * @return the reservation as it stands; nothing is published unless it was {@link PickupState#READY}
   */
  @Transactional
  public Optional<AtCounter> handOver(String pickupCode, String staff) {
    Optional<AtCounter> found = atCounter(pickupCode, staff);
    found.filter(r -> r.state() == PickupState.READY).ifPresent(ready -> {
      var id = ready.hold().requestId();
      String message = ready.order() ? ClickAndCollectProcess.HANDED_OVER_MESSAGE : ReservationProcess.PICKED_UP_MESSAGE;
      if (outbox.message(id, ready.reference(), message, "pickup:" + id, Map.of(Variables.HANDED_OVER_BY, staff), clock.instant())) {
        history.record(id, "HANDED_OVER_AT_COUNTER", "Handed over at the counter against the pickup code by " + staff + ".", false, staff);
      }
    });
    return found;
  }

  /** The pickup code, once the store set the piece aside and while it is held. */
  @Transactional(readOnly = true)
  public Optional<StockHold> pickupFor(RequestSummary request) {
    return heldFor(request).filter(hold -> hold.pickupCode() != null);
  }

  /** The cancel button shows while the piece is held for her. */
  @Transactional(readOnly = true)
  public boolean canCancel(RequestSummary request) {
    return heldFor(request).isPresent();
  }

  /** @return false when there was nothing to cancel (already cancelled, picked up or released) */
  @Transactional
  public boolean cancel(RequestSummary request) {
    if (heldFor(request).isEmpty()) {
      return false;
    }
    boolean first =
        outbox.message(request.id(), request.reference(), ReservationProcess.CANCELLED_MESSAGE, "cancel:" + request.id(), Map.of(), clock.instant());
    if (first) {
      history.record(request.id(), "CANCEL_REQUESTED", "You cancelled your reservation.", true, "customer");
    }
    return first;
  }

  private Optional<StockHold> heldFor(RequestSummary request) {
    if (!ReservationProcess.REQUEST_TYPE.equals(request.type())) {
      return Optional.empty();
    }
    return holds.ofRequest(request.id())
        .filter(StockHold::isHeld)
        .filter(hold -> hold.holdUntil() == null || clock.instant().isBefore(hold.holdUntil()));
  }

  private static PickupState state(StockHold hold, Instant now) {
    return switch (hold.state()) {
      case PICKED_UP -> PickupState.PICKED_UP;
      case RELEASED -> "EXPIRED".equals(hold.endReason()) ? PickupState.EXPIRED : PickupState.RELEASED;
      case HELD -> hold.canBePickedUpAt(now) ? PickupState.READY : PickupState.EXPIRED;
    };
  }
}
