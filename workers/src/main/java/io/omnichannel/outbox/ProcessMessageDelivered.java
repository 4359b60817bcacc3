package io.omnichannel.outbox;

import java.util.UUID;

/**
 * The engine took a message of the process outbox (a start, a customer's answer or cancellation, a
 * pickup, a delivered answer). Published in the transaction that marks it dispatched; a message
 * may have ended a user task of the request (an interrupting boundary event), which the task list
 * then checks at once.
 */
public record ProcessMessageDelivered(UUID requestId, String messageName) {}
