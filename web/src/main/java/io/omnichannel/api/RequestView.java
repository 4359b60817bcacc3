package io.omnichannel.api;

import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.TimelineEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A request as the customer may see it, e.g. on the shop's "my requests" page: no staff notes. */
record RequestView(
    @Schema(example = "SR-2026-000042") String reference,
    @Schema(example = "manual") String type,
    @Schema(description = "RECEIVED, IN_PROGRESS, WAITING_FOR_STAFF, WAITING_FOR_CUSTOMER, WAITING_FOR_PICKUP, DELIVERING_ANSWER (answered, the mail not yet delivered), IN_DELIVERY (an order's parcels on their way), RESOLVED or CLOSED", example = "IN_PROGRESS") String status,
    Instant createdAt,
    Instant expectedBy,
    @Schema(description = "Null while the request is open") Instant closedAt,
    @Schema(description = "The customer-visible history, oldest first") List<Event> events) {

  @Schema(name = "RequestEvent")
  record Event(Instant occurredAt, @Schema(example = "RECEIVED") String kind, String summary) {}

  /** @param type the type as the API names it, e.g. {@code manual} */
  static RequestView of(RequestDetails details, String type) {
    return new RequestView(
        details.reference(),
        type,
        details.status().name(),
        details.createdAt(),
        details.expectedBy(),
        details.closedAt(),
        details.events().stream()
            .filter(TimelineEntry::customerVisible)
            .map(e -> new Event(e.occurredAt(), e.kind(), e.summary()))
            .toList());
  }
}
