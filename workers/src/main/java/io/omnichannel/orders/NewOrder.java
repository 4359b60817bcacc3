package io.omnichannel.orders;

import java.util.List;

/**
 * An order as the shop sends it, read and checked ({@link OrderProblems}) before anything is written.
 *
 * @param orderNumber the shop's, unique per integration
 * @param shipTo the delivery address in one text; with {@code SHIP} only
 * @param shipToCity the city of that address (which store is nearest)
 * @param collectAt the store or partner store; with {@code COLLECT} only
 */
public record NewOrder(
    String orderNumber, DeliveryMethod delivery, String shipTo, String shipToCity, String collectAt, List<Line> lines) {

  public NewOrder {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** A line as ordered. */
  public record Line(String typeNumber, int quantity) {}
}
