package io.omnichannel.reservations;

import io.omnichannel.inventory.ReleaseReason;
import io.omnichannel.inventory.StockHold;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLevel;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestProgress;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.ReservationMails;
import io.omnichannel.requests.ReservationMails.EndedReason;
import io.omnichannel.requests.ReservationMails.Pickup;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work inside each step of the reservation model. Every step is safe to repeat: the stock
 * keeps one hold per request, mails carry dedup keys, history entries are written once.
 */
@Service
public class ReservationSteps {

  private static final String SYSTEM = "system";

  private final RequestTracking requests;
  private final RequestHistory history;
  private final RequestProgress progress;
  private final ReservationMails mails;
  private final StockHolds holds;
  private final StockLocations stock;
  private final Duration holdFor;
  private final Duration remindBefore;
  private final ZoneId zone;
  private final Clock clock;

  ReservationSteps(
      RequestTracking requests,
      RequestHistory history,
      RequestProgress progress,
      ReservationMails mails,
      StockHolds holds,
      StockLocations stock,
      @Value("${orchestrator.reservations.hold-for:P3D}") Duration holdFor,
      @Value("${orchestrator.reservations.remind-before:P1D}") Duration remindBefore,
      @Value("${orchestrator.time-zone:Europe/Berlin}") ZoneId zone,
      ObjectProvider<Clock> clock) {
    this.requests = requests;
    this.history = history;
    this.progress = progress;
    this.mails = mails;
    this.holds = holds;
    this.stock = stock;
    this.holdFor = holdFor;
    this.remindBefore = remindBefore;
    this.zone = zone;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** @return whether a piece is held for the reservation (the model's {@code stockHeld}) */
  @Transactional
  public boolean hold(UUID requestId) {
    RequestDetails request = request(requestId);
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
  public PickupPlan sendPickupCode(UUID requestId, String confirmedBy) {
    RequestDetails request = request(requestId);
    var now = clock.instant();
    StockHold hold = holds.confirm(requestId, confirmedBy == null ? "store" : confirmedBy, now.plus(holdFor), now);
    mails.pickupCode(requestId, pickup(request, hold));
    progress.waitForPickup(requestId);
    return new PickupPlan(hold.holdUntil(), hold.holdUntil().minus(remindBefore), zone);
  }

  /** Nothing when the piece was picked up or the hold ended meanwhile. */
  @Transactional
  public void remindPickup(UUID requestId) {
    RequestDetails request = request(requestId);
    holds.ofRequest(requestId)
        .filter(StockHold::isHeld)
        .filter(hold -> hold.pickupCode() != null)
        .ifPresent(hold -> mails.pickupReminder(requestId, pickup(request, hold)));
  }

  @Transactional
  public void release(UUID requestId, ReleaseReason reason) {
    holds.release(requestId, reason, reason == ReleaseReason.CANCELLED ? "customer" : SYSTEM, clock.instant());
  }

  @Transactional
  public void handOver(UUID requestId, String handedOverBy) {
    RequestDetails request = request(requestId);
    holds.pickUp(requestId, handedOverBy == null ? "counter" : handedOverBy, clock.instant());
    mails.handedOver(requestId, level(request).location().name());
  }

  /** @param storeNote the store's words when it declined; may be null */
  @Transactional
  public void tellEnded(UUID requestId, EndedReason reason, String storeNote) {
    RequestDetails request = request(requestId);
    StockLevel level = level(request);
    List<String> elsewhere =
        stock.ofProduct(request.typeNumber()).stream()
            .filter(other -> other.location().isStore() && other.available() > 0)
            .filter(other -> !other.location().id().equals(request.storeId()))
            .map(other -> "%s (%s): %d available".formatted(other.location().name(), other.location().city(), other.available()))
            .toList();
    mails.ended(requestId, reason, level.productName(), level.location().name(), storeNote, elsewhere);
  }

  private Pickup pickup(RequestDetails request, StockHold hold) {
    StockLevel level = level(request);
    return new Pickup(hold.pickupCode(), level.location().name(), level.productName(), hold.holdUntil());
  }

  private StockLevel level(RequestDetails request) {
    return stock.level(request.storeId(), request.typeNumber())
        .orElseThrow(() -> new NoSuchElementException("store " + request.storeId() + " does not stock " + request.typeNumber()));
  }

  private RequestDetails request(UUID requestId) {
    return requests.findById(requestId).orElseThrow(() -> new NoSuchElementException("no service request " + requestId));
  }
}
