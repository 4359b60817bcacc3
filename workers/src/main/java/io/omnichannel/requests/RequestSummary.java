package io.omnichannel.requests;

import java.time.Instant;
import java.util.UUID;

/** What a request is about and who asked, without its history and files: what a journey's steps read. */
public record RequestSummary(
    UUID id,
    String reference,
    String trackingToken,
    String type,
    String channel,
    RequestStatus status,
    UUID customerId,
    String contactName,
    String contactEmail,
    String customerNumber,
    String orderNumber,
    String typeNumber,
    String subject,
    Instant expectedBy,
    Instant closedAt) {}
