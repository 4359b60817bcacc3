package io.omnichannel.inventory;

/** One product at one location: what lies there, what is held for reservations, and what is left to sell or reserve. */
public record StockLevel(String typeNumber, String productName, StockLocation location, int onHand, int held) {

  public int available() {
    return Math.max(0, onHand - held);
  }
}
