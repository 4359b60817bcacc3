package io.omnichannel.advice;

import java.time.Instant;
import java.util.UUID;

/**
 * What a salesperson noted after advising a customer.
 *
 * @param requestId the request the advice was about (e.g. her reservation); null for advice on its own
 */
public record AdviceNote(long id, UUID customerId, UUID requestId, String text, String writtenBy, Instant writtenAt) {}
