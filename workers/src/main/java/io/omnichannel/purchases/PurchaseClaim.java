package io.omnichannel.purchases;

/**
 * What a request says about a purchase: the numbers the customer gave and the product asked about.
 *
 * @param customerNumber may be null
 * @param orderNumber an online order or till receipt number; may be null
 */
public record PurchaseClaim(String customerNumber, String orderNumber, String typeNumber) {}
