package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.orders.ShipmentReported;
import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.processes.OrderFulfilmentProcess;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the order's process what the carrier reported, in the transaction that recorded it: one
 * message per event, correlated by the parcel's id.
 */
@Component
class ShipmentMessages {

  private final ProcessOutbox outbox;
  private final Clock clock;

  ShipmentMessages(ProcessOutbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @EventListener
  void on(ShipmentReported reported) {
    String message =
        switch (reported.kind()) {
          case HANDED_OVER -> OrderFulfilmentProcess.SHIPMENT_HANDED_OVER_MESSAGE;
          case DELIVERED -> OrderFulfilmentProcess.SHIPMENT_DELIVERED_MESSAGE;
          case DELAYED -> OrderFulfilmentProcess.SHIPMENT_DELAYED_MESSAGE;
          case LOST -> OrderFulfilmentProcess.SHIPMENT_LOST_MESSAGE;
          // in transit moves nothing in the model: the parcel is on its way already
          case IN_TRANSIT -> null;
        };
    if (message != null) {
      outbox.message(reported.requestId(), reported.shipmentId().toString(), message, "shipment-event:" + reported.eventId(), Map.of(), clock.instant());
    }
  }
}
