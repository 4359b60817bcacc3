package io.omnichannel.customers;

import java.util.UUID;

/**
 * @param movedRequests requests that now belong to the survivor (0 when the merge had already happened)
 * @param alreadyMerged true when this merge was done before: repeating it changes nothing
 */
public record MergeResult(UUID survivorId, UUID mergedId, int movedRequests, boolean alreadyMerged) {}
