package io.omnichannel.inventory;

/**
 * The web warehouse or a store.
 *
 * @param teamId the store team that sets reservations aside; null for the warehouse
 */
public record StockLocation(String id, String name, String city, Kind kind, String teamId) {

  public enum Kind {
    WAREHOUSE,
    STORE
  }

  /** Only a store can hand a reservation over. */
  public boolean isStore() {
    return kind == Kind.STORE;
  }
}
