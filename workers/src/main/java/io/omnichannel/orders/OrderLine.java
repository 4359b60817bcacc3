package io.omnichannel.orders;

import java.util.UUID;

/**
 * One line of an order.
 *
 * @param lineNo from 1, in the order the shop sent them
 * @param shipmentId the parcel it goes in, once allocated
 */
public record OrderLine(int lineNo, String typeNumber, String productName, int quantity, LineState state, UUID shipmentId) {}
