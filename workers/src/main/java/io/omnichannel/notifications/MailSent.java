package io.omnichannel.notifications;

import java.util.UUID;

/**
 * A mail of the outbox was handed to the mail server. Published in the transaction that marks it
 * sent, so what listens (a request's history, the journey waiting for its answer) is written with
 * it or not at all.
 *
 * @param requestId the request it belongs to, or null
 * @param awaited the mail answers the request ({@link OutboundMail#awaited()})
 */
public record MailSent(UUID mailId, UUID requestId, String recipient, String subject, MailAudience audience, boolean awaited) {}
