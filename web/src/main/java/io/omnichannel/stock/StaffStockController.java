package io.omnichannel.stock;

import io.omnichannel.inventory.StockLevel;
import io.omnichannel.inventory.StockLocations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Chat and store staff look up a product in every location at once: on hand, held for
 * reservations, available; from a row they reserve for the customer on the spot.
 */
@Controller
class StaffStockController {

  private final StockLocations stock;

  StaffStockController(StockLocations stock) {
    this.stock = stock;
  }

  @GetMapping("/staff/stock")
  String stock(@RequestParam(required = false) String q, Model model) {
    String query = q == null ? "" : q.strip();
    Map<String, List<StockLevel>> byProduct = new LinkedHashMap<>();
    stock.search(query).forEach(level -> byProduct.computeIfAbsent(level.typeNumber(), k -> new java.util.ArrayList<>()).add(level));
    model.addAttribute("q", query);
    model.addAttribute("products", byProduct);
    return "stock/list";
  }
}
