package io.omnichannel.orders;

/** How the customer gets the order: shipped to an address, or collected at a store or partner store. */
public enum DeliveryMethod {
  SHIP,
  COLLECT
}
