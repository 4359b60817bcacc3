package io.omnichannel.orders;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What is wrong with an order, by field ({@code lines[2].quantity}), before anything is written:
 * every problem at once, in the words the shop's developers read in the problem details.
 */
@Component
public class OrderProblems {

  public static final int MAX_LINES = 50;
  public static final int MAX_QUANTITY = 99;

  private final PurchaseRecords catalogue;
  private final StockLocations locations;

  OrderProblems(PurchaseRecords catalogue, StockLocations locations) {
    this.catalogue = catalogue;
    this.locations = locations;
  }

  public Map<String, String> of(NewOrder order) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blank(order.orderNumber())) {
      problems.put("orderNumber", "The shop's order number is required.");
    } else if (order.orderNumber().length() > 64) {
      problems.put("orderNumber", "At most 64 characters.");
    }
    if (order.customer() == null || blank(order.customer().name())) {
      problems.put("customer.name", "The customer's name is required.");
    }
    if (order.customer() == null || blank(order.customer().email()) || !order.customer().email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.put("customer.email", "The customer's e-mail address is required: the confirmation and the parcels' news go there.");
    }
    if (order.delivery() == null) {
      problems.put("delivery.method", "SHIP or COLLECT.");
    } else if (order.delivery() == DeliveryMethod.SHIP) {
      if (blank(order.shipTo()) || order.shipTo().length() > 500) {
        problems.put("delivery.address", "The delivery address is required (at most 500 characters).");
      }
      if (blank(order.shipToCity()) || order.shipToCity().length() > 100) {
        problems.put("delivery.city", "The city of the delivery address is required (at most 100 characters).");
      }
    } else if (locations.find(order.collectAt()).filter(StockLocation::isStore).isEmpty()) {
      problems.put("delivery.storeId", "Not one of our stores or partner stores; see GET /api/v1/stock.");
    }
    if (order.lines().isEmpty() || order.lines().size() > MAX_LINES) {
      problems.put("lines", "An order has 1 to " + MAX_LINES + " lines.");
    }
    for (int i = 0; i < Math.min(order.lines().size(), MAX_LINES); i++) {
      NewOrder.Line line = order.lines().get(i);
      String at = "lines[" + (i + 1) + "]";
      if (catalogue.productName(line.typeNumber()).isEmpty()) {
        problems.put(at + ".typeNumber", "We do not know the type number " + (blank(line.typeNumber()) ? "(none given)" : line.typeNumber()) + ".");
      }
      if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
        problems.put(at + ".quantity", "From 1 to " + MAX_QUANTITY + ".");
      }
    }
    return problems;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
