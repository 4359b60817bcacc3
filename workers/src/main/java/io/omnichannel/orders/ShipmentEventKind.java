package io.omnichannel.orders;

/**
 * What a carrier or the warehouse system reports of a parcel. Handed over first (from the store or
 * warehouse, packed or not yet marked packed), the rest only while the carrier has it.
 */
public enum ShipmentEventKind {
  HANDED_OVER(ShipmentState.HANDED_OVER),
  IN_TRANSIT(ShipmentState.IN_TRANSIT),
  DELAYED(ShipmentState.DELAYED),
  DELIVERED(ShipmentState.DELIVERED),
  LOST(ShipmentState.LOST);

  private final ShipmentState leadsTo;

  ShipmentEventKind(ShipmentState leadsTo) {
    this.leadsTo = leadsTo;
  }

  public ShipmentState leadsTo() {
    return leadsTo;
  }

  /** Whether a parcel in {@code state} can have this event: nothing delivered before it was handed over. */
  boolean possibleIn(ShipmentState state) {
    return this == HANDED_OVER ? state == ShipmentState.PLANNED || state == ShipmentState.PACKED : state.isWithCarrier();
  }
}
