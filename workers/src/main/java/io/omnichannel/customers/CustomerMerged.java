package io.omnichannel.customers;

import java.util.UUID;

/**
 * A duplicate was merged into the surviving customer. Published inside the merge's transaction, so
 * a feature that keeps its own rows by customer (e.g. advice notes) moves them over with it.
 */
public record CustomerMerged(UUID survivorId, UUID mergedId) {}
