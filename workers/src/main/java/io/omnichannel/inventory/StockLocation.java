package io.omnichannel.inventory;

/**
 * The web warehouse, a store, or a partner store (another business that stocks a few of our
 * products and hands over click and collect orders).
 *
 * @param teamId the store team that sets reservations aside and hands orders over; null for the warehouse
 */
public record StockLocation(String id, String name, String city, Kind kind, String teamId) {

  public enum Kind {
    WAREHOUSE,
    STORE,
    PARTNER_STORE
  }

  /** Only a store, ours or a partner's, can hand a reservation or an order over. */
  public boolean isStore() {
    return kind != Kind.WAREHOUSE;
  }
}
