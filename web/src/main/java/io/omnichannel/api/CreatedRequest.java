package io.omnichannel.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What the integration shows the customer at once. */
record CreatedRequest(
    @Schema(example = "SR-2026-000042") String reference,
    @Schema(description = "The customer's secret status page; show it only to her") String trackingUrl,
    @Schema(description = "When we expect to have answered") Instant expectedBy,
    @Schema(example = "RECEIVED") String status) {}
