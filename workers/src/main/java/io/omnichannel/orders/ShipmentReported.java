package io.omnichannel.orders;

import java.util.UUID;

/**
 * A carrier's or the warehouse system's event was recorded for a parcel, in the transaction that
 * recorded it: the journey that ships the order tells its process in the same transaction.
 */
public record ShipmentReported(UUID requestId, UUID shipmentId, UUID eventId, ShipmentEventKind kind, ShipmentState state, String trackingNumber) {}
