package io.omnichannel.requests;

import java.time.Instant;
import java.util.UUID;

/** What the customer is told at once: her reference, her tracking link's token and when to expect an answer. */
public record SubmittedRequest(UUID id, String reference, String trackingToken, Instant expectedBy) {}
