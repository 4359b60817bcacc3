package io.omnichannel.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What the carrier or the warehouse system reports of one parcel. */
record ShipmentEventBody(
    @Schema(description = "HANDED_OVER (with trackingNumber), IN_TRANSIT, DELAYED, DELIVERED or LOST", example = "HANDED_OVER") String event,
    @Schema(example = "DHL") String carrier,
    @Schema(description = "Required with HANDED_OVER", example = "00340434161094042557") String trackingNumber,
    @Schema(description = "When it happened; now when left out") Instant occurredAt,
    @Schema(description = "What the carrier says, e.g. the new delivery day of a delay", example = "Delivery moved to Saturday") String detail) {}
