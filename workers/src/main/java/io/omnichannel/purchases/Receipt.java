package io.omnichannel.purchases;

/**
 * A file the customer sent as proof of purchase.
 *
 * @param extractedText the text of a PDF; null for images and PDFs that could not be read
 * @param unreadableBecause why a PDF's text could not be read; null otherwise
 */
public record Receipt(String mediaType, String extractedText, String unreadableBecause) {}
