package io.omnichannel.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * The piece held for one reservation request.
 *
 * @param pickupCode set once the store confirmed the set-aside; null before
 * @param holdUntil set with the pickup code: after it the hold expires
 * @param endReason {@code STORE_DECLINED}, {@code EXPIRED}, {@code CANCELLED} or {@code PICKED_UP}; null while held
 */
public record StockHold(
    UUID id,
    UUID requestId,
    StockLocation location,
    String typeNumber,
    int quantity,
    HoldState state,
    Instant heldAt,
    Instant confirmedAt,
    String pickupCode,
    Instant holdUntil,
    Instant endedAt,
    String endReason) {

  public boolean isHeld() {
    return state == HoldState.HELD;
  }

  /** A code the counter may hand over against: confirmed, still held, not past its time. */
  public boolean canBePickedUpAt(Instant now) {
    return isHeld() && pickupCode != null && (holdUntil == null || now.isBefore(holdUntil));
  }
}
