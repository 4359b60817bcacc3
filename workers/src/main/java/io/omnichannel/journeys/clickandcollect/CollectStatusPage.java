package io.omnichannel.journeys.clickandcollect;

import io.omnichannel.inventory.StockHolds;
import io.omnichannel.journeys.StatusPageExtension;
import io.omnichannel.orders.Orders;
import io.omnichannel.requests.RequestSummary;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the customer's status page of a click and collect order: what she ordered, where she picks it up, and her pickup code while the store keeps it. */
@Component
class CollectStatusPage implements StatusPageExtension {

  private final Orders orders;
  private final StockHolds holds;
  private final Clock clock;

  CollectStatusPage(Orders orders, StockHolds holds, Clock clock) {
    this.orders = orders;
    this.holds = holds;
    this.clock = clock;
  }

  @Override
  public String fragment() {
    return "journeys/clickandcollect/status :: panel";
  }

  @Override
  public Map<String, Object> model(RequestSummary request) {
    Map<String, Object> model = new HashMap<>();
    model.put("order", orders.find(request.id()).orElse(null));
    model.put("pickup", holds.ofOrder(request.id()).filter(hold -> hold.canBePickedUpAt(clock.instant())).orElse(null));
    return model;
  }

  @Override
  public Optional<String> act(String action, RequestSummary request) {
    return Optional.empty();
  }
}
