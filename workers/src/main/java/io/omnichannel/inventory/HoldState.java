package io.omnichannel.inventory;

public enum HoldState {
  HELD,
  RELEASED,
  PICKED_UP
}
