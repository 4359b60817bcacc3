package io.omnichannel.notifications;

import java.util.UUID;

/**
 * The outbox gave up on a mail after its last attempt: it stays {@code FAILED} until a person looks
 * at it. Published in the transaction that marks it failed.
 *
 * @param requestId the request it belongs to, or null
 * @param error the last error, as the mail server or the connection gave it
 */
public record MailFailed(UUID mailId, UUID requestId, String recipient, String subject, int attempts, String error) {}
