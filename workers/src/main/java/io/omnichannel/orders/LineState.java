package io.omnichannel.orders;

/** An order line before and after allocation; no location has it: backordered or cancelled, as the customer chooses. */
public enum LineState {
  OPEN,
  ALLOCATED,
  BACKORDERED,
  CANCELLED
}
