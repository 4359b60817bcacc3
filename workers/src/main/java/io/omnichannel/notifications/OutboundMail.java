package io.omnichannel.notifications;

import java.util.UUID;

/**
 * An e-mail the product wants to send. The dedup key makes enqueueing idempotent: a job delivered
 * twice enqueues the same key twice and the customer still gets one mail.
 *
 * @param requestId the request the mail belongs to, or null for mails about no request
 * @param htmlBody the HTML alternative of {@code body}, or null for a text-only mail
 * @param attachmentDocumentId a document of the library to attach as PDF, or null
 */
public record OutboundMail(
    String dedupKey,
    UUID requestId,
    String recipient,
    String subject,
    String body,
    String htmlBody,
    UUID attachmentDocumentId) {

  /** A text-only mail. */
  public OutboundMail(String dedupKey, UUID requestId, String recipient, String subject, String body, UUID attachmentDocumentId) {
    this(dedupKey, requestId, recipient, subject, body, null, attachmentDocumentId);
  }

  /** A mail rendered from a template: its text and its HTML alternative. */
  public static OutboundMail of(String dedupKey, UUID requestId, String recipient, String subject, MailBody body, UUID attachmentDocumentId) {
    return new OutboundMail(dedupKey, requestId, recipient, subject, body.text(), body.html(), attachmentDocumentId);
  }
}
