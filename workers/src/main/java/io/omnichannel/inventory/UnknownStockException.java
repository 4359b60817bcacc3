package io.omnichannel.inventory;

import java.util.NoSuchElementException;

/** The product is not stocked at the location at all (not even at zero): wrong input, not a stock-out. */
public class UnknownStockException extends NoSuchElementException {

  public UnknownStockException(String locationId, String typeNumber) {
    super("location " + locationId + " does not stock " + typeNumber);
  }
}
