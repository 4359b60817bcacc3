package io.omnichannel.orders;

/** An event that cannot happen to the parcel as it is now (delivered before it was handed over, anything after the end). */
public class ImpossibleShipmentEventException extends RuntimeException {

  private final ShipmentState state;
  private final ShipmentEventKind kind;

  ImpossibleShipmentEventException(ShipmentState state, ShipmentEventKind kind) {
    super("a parcel that is " + state + " cannot be " + kind);
    this.state = state;
    this.kind = kind;
  }

  public ShipmentState state() {
    return state;
  }

  public ShipmentEventKind kind() {
    return kind;
  }
}
