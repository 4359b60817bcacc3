package io.omnichannel.notifications;

import java.util.UUID;

/**
 * A mail failed its last regular attempt: it is {@code FAILED}, the watchdog lists it, and the
 * outbox goes on trying it, less often, until it is sent. Published in the transaction that marks
 * it failed.
 *
 * @param requestId the request it belongs to, or null
 * @param error the last error, as the mail server or the connection gave it
 */
public record MailFailed(UUID mailId, UUID requestId, String recipient, String subject, MailAudience audience, int attempts, String error) {}
