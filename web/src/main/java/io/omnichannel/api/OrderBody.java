package io.omnichannel.api;

import io.omnichannel.orders.DeliveryMethod;
import io.omnichannel.orders.NewOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** An order as the shop sends it. */
record OrderBody(
    @Schema(description = "The shop's order number: unique per integration; sending it again is answered with the first order", example = "W-2026-9001")
        String orderNumber,
    Customer customer,
    Delivery delivery,
    @Schema(description = "1 to 50 lines") List<Line> lines,
    @Schema(description = "Where the customer ordered, e.g. web or app", example = "app") String channel) {

  record Customer(
      @Schema(example = "Tom Fischer") String name,
      @Schema(example = "tom.fischer@example.com") String email,
      @Schema(example = "+49 30 5550 4477") String phone,
      @Schema(description = "The loyalty card's number: links the order with purchases in stores", example = "K-100777") String customerNumber) {}

  record Delivery(
      @Schema(description = "SHIP (to the address) or COLLECT (at a store or partner store)", example = "SHIP") String method,
      @Schema(description = "With SHIP: the delivery address", example = "Tom Fischer, Seestr. 4, 13353 Berlin") String address,
      @Schema(description = "With SHIP: the address's city (the nearest store ships what the warehouse lacks)", example = "Berlin") String city,
      @Schema(description = "With COLLECT: the store; see GET /api/v1/stock", example = "partner-uhrenhaus-hamburg") String storeId) {}

  record Line(@Schema(example = "SL-12") String typeNumber, @Schema(description = "1 to 99", example = "1") Integer quantity) {}

  NewOrder toOrder() {
    Customer who = customer == null ? new Customer(null, null, null, null) : customer;
    Delivery how = delivery == null ? new Delivery(null, null, null, null) : delivery;
    return new NewOrder(
        orderNumber == null ? null : orderNumber.strip(),
        new NewOrder.Customer(who.name(), who.email(), who.phone(), who.customerNumber()),
        method(how.method()),
        how.address(),
        how.city(),
        how.storeId(),
        lines == null
            ? List.of()
            : lines.stream().map(line -> line == null ? new NewOrder.Line(null, 0) : new NewOrder.Line(line.typeNumber(), line.quantity() == null ? 0 : line.quantity())).toList());
  }

  private static DeliveryMethod method(String method) {
    if (method == null) {
      return null;
    }
    try {
      return DeliveryMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
