package io.omnichannel.notifications;

import java.util.UUID;

/**
 * An e-mail the product wants to send. The dedup key makes enqueueing idempotent: a job delivered
 * twice enqueues the same key twice and the customer still gets one mail.
 *
 * @param requestId the request the mail belongs to, or null for mails about no request
 * @param attachmentDocumentId a document of the library to attach as PDF, or null
 */
public record OutboundMail(
    String dedupKey,
    UUID requestId,
    String recipient,
    String subject,
    String body,
    UUID attachmentDocumentId) {}
