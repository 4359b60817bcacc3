package io.omnichannel.requests;

import io.omnichannel.inventory.StockHold;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.processes.ReservationProcess;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a waiting reservation: staff at the counter hand it over against the pickup
 * code, the customer cancels on her tracking page. Both reach the process through the outbox,
 * once per request (message ids {@code pickup:<id>}, {@code cancel:<id>}).
 */
@Service
public class ReservationActions {

  private final ServiceRequestRepository requests;
  private final StockHolds holds;
  private final ProcessOutbox outbox;
  private final RequestHistory history;
  private final Clock clock;

  ReservationActions(
      ServiceRequestRepository requests, StockHolds holds, ProcessOutbox outbox, RequestHistory history, ObjectProvider<Clock> clock) {
    this.requests = requests;
    this.holds = holds;
    this.outbox = outbox;
    this.history = history;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** What the counter sees for a pickup code, and whether it may hand the piece over now. */
  public record AtCounter(StockHold hold, String reference, String customerName, PickupState state) {}

  public enum PickupState {
    /** Set aside, code valid: hand it over. */
    READY,
    /** Already handed over (perhaps a second click). */
    PICKED_UP,
    /** The hold ran out; the piece may be sold. */
    EXPIRED,
    /** Released: declined by the store or cancelled by the customer. */
    RELEASED
  }

  /** Empty when no reservation has the code. */
  @Transactional(readOnly = true)
  public Optional<AtCounter> atCounter(String pickupCode) {
    Instant now = clock.instant();
    return holds.byPickupCode(pickupCode)
        .flatMap(hold -> requests.findById(hold.requestId()).map(request -> new AtCounter(hold, request.reference(), request.contactName(), state(hold, now))));
  }

  /**
   * Publishes {@code ReservationPickedUp} through the outbox.
   *
   * @return the reservation as it stands; nothing is published unless it was {@link PickupState#READY}
   */
  @Transactional
  public Optional<AtCounter> handOver(String pickupCode, String staff) {
    Optional<AtCounter> found = atCounter(pickupCode);
    found.filter(r -> r.state() == PickupState.READY).ifPresent(ready -> {
      var id = ready.hold().requestId();
      if (outbox.reservationMessage(
          id, ready.reference(), ReservationProcess.PICKED_UP_MESSAGE, "pickup:" + id,
          Map.of(ReservationProcess.Variables.HANDED_OVER_BY, staff), clock.instant())) {
        history.record(id, "HANDED_OVER_AT_COUNTER", "Handed over at the counter against the pickup code by " + staff + ".", false, staff);
      }
    });
    return found;
  }

  /** The cancel button shows while the piece is held for her. */
  @Transactional(readOnly = true)
  public boolean canCancel(String trackingToken) {
    return heldFor(trackingToken).isPresent();
  }

  /** The pickup code, once the store set the piece aside and while it is held. */
  @Transactional(readOnly = true)
  public Optional<StockHold> pickupFor(String trackingToken) {
    return heldFor(trackingToken).filter(hold -> hold.pickupCode() != null);
  }

  /** @return false when there was nothing to cancel (already cancelled, picked up or released) */
  @Transactional
  public boolean cancel(String trackingToken) {
    Optional<ServiceRequest> request = requests.findByTrackingToken(trackingToken);
    if (request.isEmpty() || heldFor(trackingToken).isEmpty()) {
      return false;
    }
    var id = request.get().id();
    boolean first = outbox.reservationMessage(
        id, request.get().reference(), ReservationProcess.CANCELLED_MESSAGE, "cancel:" + id, Map.of(), clock.instant());
    if (first) {
      history.record(id, "CANCEL_REQUESTED", "You cancelled your reservation.", true, "customer");
    }
    return first;
  }

  private Optional<StockHold> heldFor(String trackingToken) {
    if (trackingToken == null || trackingToken.isBlank()) {
      return Optional.empty();
    }
    return requests.findByTrackingToken(trackingToken)
        .filter(r -> ServiceRequest.TYPE_RESERVATION.equals(r.type()))
        .flatMap(r -> holds.ofRequest(r.id()))
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
