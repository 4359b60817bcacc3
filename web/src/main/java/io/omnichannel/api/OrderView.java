package io.omnichannel.api;

import io.omnichannel.orders.Order;
import io.omnichannel.orders.Shipment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order with its lines and parcels, for the shop's "my orders" page. */
record OrderView(
    @Schema(example = "W-2026-9001") String orderNumber,
    @Schema(example = "SR-2026-000042") String reference,
    @Schema(example = "IN_PROGRESS") String status,
    @Schema(example = "SHIP") String delivery,
    List<LineView> lines,
    List<ShipmentView> shipments) {

  record LineView(
      int line,
      String typeNumber,
      String product,
      int quantity,
      @Schema(description = "OPEN, ALLOCATED, BACKORDERED or CANCELLED") String state,
      @Schema(description = "The parcel it goes in, once allocated") UUID shipmentId) {}

  static OrderView of(Order order, String reference, String status) {
    return new OrderView(
        order.orderNumber(),
        reference,
        status,
        order.delivery().name(),
        order.lines().stream()
            .map(line -> new LineView(line.lineNo(), line.typeNumber(), line.productName(), line.quantity(), line.state().name(), line.shipmentId()))
            .toList(),
        order.shipments().stream().map(ShipmentView::of).toList());
  }

  /** One parcel. */
  record ShipmentView(
      UUID id,
      @Schema(description = "The store or warehouse that ships it", example = "Store Berlin") String from,
      @Schema(description = "PLANNED, PACKED, HANDED_OVER, IN_TRANSIT, DELAYED, DELIVERED, LOST or CANCELLED") String state,
      String carrier,
      String trackingNumber,
      Instant updatedAt) {

    static ShipmentView of(Shipment shipment) {
      return new ShipmentView(
          shipment.id(), shipment.locationName(), shipment.state().name(), shipment.carrier(), shipment.trackingNumber(), shipment.updatedAt());
    }
  }
}
