package io.omnichannel.journeys.clickandcollect;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journey.JourneyProcess;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.orders.DeliveryMethod;
import io.omnichannel.orders.NewOrder;
import io.omnichannel.orders.OrderIntakes;
import io.omnichannel.orders.Orders;
import io.omnichannel.orders.OrdersProperties;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.processes.ClickAndCollectProcess.Variables;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.RequestSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Journey 4 as the generic parts see it: orders picked up at a store, through {@code POST /api/v1/orders} with delivery COLLECT. */
@Configuration(proxyBeanMethods = false)
class ClickAndCollectJourney {

  @Bean
  Journey clickAndCollect(Orders orders, StockLocations locations, CollectOrderReadyForm ready, CollectStatusPage statusPage) {
    return new Journey(
        ClickAndCollectProcess.PROCESS_ID,
        new JourneyProcess(ClickAndCollectProcess.PROCESS_ID, ClickAndCollectProcess.RESOURCE, ClickAndCollectProcess.START_MESSAGE),
        // orders come from the shop's API only: no portal form, no staff intake
        List.of(new RequestType(ClickAndCollectProcess.REQUEST_TYPE, "click-and-collect", "Click & collect", null, null, new Description(orders, locations))),
        List.of(ready),
        List.of(),
        Optional.of(statusPage),
        List.of());
  }

  @Bean
  OrderIntakes.OrderJourney collectedOrders(OrdersProperties properties, StockLocations locations) {
    return new OrderIntakes.OrderJourney() {
      @Override
      public DeliveryMethod delivery() {
        return DeliveryMethod.COLLECT;
      }

      @Override
      public String requestType() {
        return ClickAndCollectProcess.REQUEST_TYPE;
      }

      @Override
      public JourneyStart start(NewOrder order) {
        StockLocation store = locations.find(order.collectAt()).orElseThrow();
        return new JourneyStart(
            ClickAndCollectProcess.START_MESSAGE,
            Map.of(
                Variables.STORE_ID, store.id(),
                Variables.STORE_TEAM, store.teamId(),
                Variables.REVIEW_INVITATION_DELAY, properties.reviewInvitationDelay().toString()));
      }

      /** The store holds every line from its own stock: a product it does not carry at all cannot be collected there. */
      @Override
      public Map<String, String> problems(NewOrder order) {
        Map<String, String> problems = new LinkedHashMap<>();
        StockLocation store = locations.find(order.collectAt()).orElseThrow();
        for (int i = 0; i < order.lines().size(); i++) {
          String typeNumber = order.lines().get(i).typeNumber().strip();
          if (locations.level(store.id(), typeNumber).isEmpty()) {
            problems.put("lines[" + (i + 1) + "].typeNumber", store.name() + " does not carry " + typeNumber + "; see GET /api/v1/stock.");
          }
        }
        return problems;
      }
    };
  }

  private record Description(Orders orders, StockLocations locations) implements RequestDescription {

    @Override
    public String about(RequestSummary request) {
      return "your order " + request.orderNumber();
    }

    @Override
    public String promise(RequestSummary request) {
      return "tell you at once if you can pick it up on another day than promised";
    }

    @Override
    public List<Fact> facts(RequestSummary request) {
      return orders.find(request.id())
          .map(order -> List.of(
              new Fact("Pick up at", locations.find(order.collectAt()).map(store -> store.name() + ", " + store.city()).orElse(order.collectAt())),
              new Fact("Order number", order.orderNumber())))
          .orElse(List.of());
    }
  }
}
