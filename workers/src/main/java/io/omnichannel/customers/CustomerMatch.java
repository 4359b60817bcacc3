package io.omnichannel.customers;

import java.util.UUID;

/** One hit of {@link CustomerSearch}: what staff need to recognise the customer on the phone. */
public record CustomerMatch(UUID id, String customerNumber, String name, String email, String phone, int openRequests) {}
