package io.omnichannel.orders;

import java.util.List;

/**
 * An order as the shop sends it, read and checked ({@link OrderProblems}) before anything is written.
 *
 * @param orderNumber the shop's, unique per integration
 * @param customer who ordered: where the mails go, and the loyalty number that links her history
 * @param shipTo the delivery address in one text; with {@code SHIP} only
 * @param shipToCity the city of that address (which store is nearest)
 * @param collectAt the store or partner store; with {@code COLLECT} only
 */
public record NewOrder(
    String orderNumber, Customer customer, DeliveryMethod delivery, String shipTo, String shipToCity, String collectAt, List<Line> lines) {

  public NewOrder {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** Who ordered; the customer number (loyalty card) is optional. */
  public record Customer(String name, String email, String phone, String customerNumber) {}

  /** A line as ordered. */
  public record Line(String typeNumber, int quantity) {}
}
