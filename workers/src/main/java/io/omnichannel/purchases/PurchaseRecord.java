package io.omnichannel.purchases;

import java.time.Instant;
import java.util.UUID;

/**
 * A purchase as the shop or the till reports it.
 *
 * @param customerId null for an anonymous purchase
 * @param orderNumber set for online orders
 * @param receiptNumber set for purchases at a till
 */
public record PurchaseRecord(
    UUID customerId, String orderNumber, String receiptNumber, String typeNumber, Instant purchasedAt, String store) {}
