package io.omnichannel.orders;

import java.time.Instant;
import java.util.UUID;

/** One parcel of an order, from one location. */
public record Shipment(
    UUID id, UUID requestId, String locationId, String locationName, ShipmentState state, String carrier, String trackingNumber, Instant updatedAt) {}
