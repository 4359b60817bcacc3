package io.omnichannel.requests;

import java.util.UUID;

/** What a request says about the purchase: the numbers the customer gave and the type asked about. */
public record PurchaseClaim(UUID requestId, String customerNumber, String orderNumber, String typeNumber) {}
