package io.omnichannel.requests;

import java.time.Instant;
import java.util.List;

/** What a customer sees through her tracking link: no staff notes, no other customer's data. */
public record TrackedRequest(
    String reference,
    String type,
    RequestStatus status,
    String contactName,
    Instant createdAt,
    Instant expectedBy,
    Instant closedAt,
    List<Event> events) {

  public record Event(Instant occurredAt, String kind, String summary) {}
}
