package io.omnichannel.requests;

import java.util.List;
import java.util.UUID;

/**
 * @param answeredQuestion the request was waiting for the customer, and her process moves on
 * @param filesNotKept files that were not taken (wrong type, too large), with the reason
 */
public record CustomerMessageReceived(
    UUID requestId, String reference, boolean answeredQuestion, List<String> filesNotKept) {}
