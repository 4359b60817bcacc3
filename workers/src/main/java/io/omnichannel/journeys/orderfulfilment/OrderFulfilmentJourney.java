package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journey.JourneyProcess;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.orders.DeliveryMethod;
import io.omnichannel.orders.NewOrder;
import io.omnichannel.orders.OrderIntakes;
import io.omnichannel.orders.Orders;
import io.omnichannel.orders.OrdersProperties;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.RequestSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Journey 2 as the generic parts see it: orders shipped to an address, through {@code POST /api/v1/orders}. */
@Configuration(proxyBeanMethods = false)
class OrderFulfilmentJourney {

  @Bean
  Journey orderFulfilment(
      Orders orders, SplitCallForm splitCall, StorePackForm storePack, ParcelDelayedForm delayed, ParcelLostForm lost, OrderStatusPage statusPage) {
    return new Journey(
        OrderFulfilmentProcess.PROCESS_ID,
        new JourneyProcess(OrderFulfilmentProcess.PROCESS_ID, OrderFulfilmentProcess.RESOURCE, OrderFulfilmentProcess.START_MESSAGE),
        // orders come from the shop's API only: no portal form, no staff intake
        List.of(new RequestType(OrderFulfilmentProcess.REQUEST_TYPE, "order", "Order", null, null, new Description(orders))),
        List.of(splitCall, storePack, delayed, lost),
        List.of(),
        Optional.of(statusPage),
        List.of());
  }

  @Bean
  OrderIntakes.OrderJourney shippedOrders(OrdersProperties properties) {
    return new OrderIntakes.OrderJourney() {
      @Override
      public DeliveryMethod delivery() {
        return DeliveryMethod.SHIP;
      }

      @Override
      public String requestType() {
        return OrderFulfilmentProcess.REQUEST_TYPE;
      }

      @Override
      public JourneyStart start(NewOrder order) {
        return new JourneyStart(
            OrderFulfilmentProcess.START_MESSAGE,
            Map.of(OrderFulfilmentProcess.Variables.REVIEW_INVITATION_DELAY, properties.reviewInvitationDelay().toString()));
      }
    };
  }

  private record Description(Orders orders) implements RequestDescription {

    @Override
    public String about(RequestSummary request) {
      return "your order " + request.orderNumber();
    }

    @Override
    public String promise(RequestSummary request) {
      return "deliver it";
    }

    @Override
    public List<Fact> facts(RequestSummary request) {
      return orders.find(request.id())
          .map(order -> List.of(new Fact("Delivery to", order.shipTo()), new Fact("Order number", order.orderNumber())))
          .orElse(List.of());
    }
  }
}
