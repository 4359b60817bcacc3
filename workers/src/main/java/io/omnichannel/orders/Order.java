package io.omnichannel.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order with its lines and parcels, as the ledger has it now. */
public record Order(
    UUID requestId,
    String integration,
    String orderNumber,
    DeliveryMethod delivery,
    String shipTo,
    String shipToCity,
    String collectAt,
    Instant placedAt,
    List<OrderLine> lines,
    List<Shipment> shipments) {}
