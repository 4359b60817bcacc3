package io.omnichannel.customers;

import java.util.UUID;

/** A customer that is probably the same person as the one looked at, and why we think so. */
public record DuplicateSuggestion(UUID id, String customerNumber, String name, String email, String phone, String reason) {}
