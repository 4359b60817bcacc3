package io.omnichannel.inventory;

import java.util.Optional;

/**
 * The answer to "hold one piece for this reservation": the hold, or nothing when the location has
 * none left, which is a business outcome (the customer is told), not an error.
 */
public record HoldOutcome(Optional<StockHold> hold) {

  public boolean held() {
    return hold.isPresent();
  }
}
