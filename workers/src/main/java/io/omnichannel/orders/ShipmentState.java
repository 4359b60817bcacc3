package io.omnichannel.orders;

import java.util.Set;

/** Where a parcel is. A parcel ends delivered, lost or cancelled. */
public enum ShipmentState {
  PLANNED,
  PACKED,
  HANDED_OVER,
  IN_TRANSIT,
  DELAYED,
  DELIVERED,
  LOST,
  CANCELLED;

  public boolean isFinal() {
    return this == DELIVERED || this == LOST || this == CANCELLED;
  }

  /** On the carrier's side: what its events may move on from. */
  boolean isWithCarrier() {
    return Set.of(HANDED_OVER, IN_TRANSIT, DELAYED).contains(this);
  }
}
