package io.omnichannel.integrations;

import java.time.Instant;

/**
 * One message of a chat with a customer, as a chat tool hands it over.
 *
 * @param fromCustomer true for the customer's own messages, false for the chat agent's
 * @param sentAt when it was written in the chat; null when the tool does not say
 */
public record ChatMessage(boolean fromCustomer, String authorName, String text, Instant sentAt) {}
