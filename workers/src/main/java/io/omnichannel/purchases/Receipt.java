package io.omnichannel.purchases;

/**
 * A file the customer sent as proof of purchase.
 *
 * @param extractedText the text of a PDF, read at intake; null for images
 */
public record Receipt(String mediaType, String extractedText) {}
