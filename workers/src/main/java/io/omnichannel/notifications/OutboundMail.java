package io.omnichannel.notifications;

import java.util.Objects;
import java.util.UUID;

/**
 * An e-mail the product wants to send. The dedup key makes enqueueing idempotent: a job delivered
 * twice enqueues the same key twice and the customer still gets one mail.
 *
 * @param requestId the request the mail belongs to, or null for mails about no request
 * @param htmlBody the HTML alternative of {@code body}, or null for a text-only mail
 * @param attachmentDocumentId a document of the library to attach as PDF, or null
 * @param audience whom it is for
 * @param awaited the mail answers the request: its journey waits until it is delivered
 *     ({@link MailSent#awaited()}), and the request counts as answered only then
 */
public record OutboundMail(
    String dedupKey,
    UUID requestId,
    String recipient,
    String subject,
    String body,
    String htmlBody,
    UUID attachmentDocumentId,
    MailAudience audience,
    boolean awaited) {

  public OutboundMail {
    Objects.requireNonNull(audience, "audience");
    if (awaited && (audience != MailAudience.CUSTOMER || requestId == null)) {
      throw new IllegalArgumentException("only a customer's mail about a request answers it");
    }
  }

  /** A mail to the customer about her request, rendered from a template. */
  public static OutboundMail toCustomer(String dedupKey, UUID requestId, String recipient, String subject, MailBody body, UUID attachmentDocumentId) {
    return new OutboundMail(dedupKey, requestId, recipient, subject, body.text(), body.html(), attachmentDocumentId, MailAudience.CUSTOMER, false);
  }

  /** The mail that answers the customer's request: her journey waits for its delivery. */
  public static OutboundMail answer(String dedupKey, UUID requestId, String recipient, String subject, MailBody body, UUID attachmentDocumentId) {
    return new OutboundMail(dedupKey, requestId, recipient, subject, body.text(), body.html(), attachmentDocumentId, MailAudience.CUSTOMER, true);
  }

  /** A text mail to a colleague, about a request (or none). */
  public static OutboundMail toStaff(String dedupKey, UUID requestId, String recipient, String subject, String text) {
    return new OutboundMail(dedupKey, requestId, recipient, subject, text, null, null, MailAudience.STAFF, false);
  }

  /** The watchdog's alert to a process owner; tied to no request, so it can never count as a customer's mail. */
  public static OutboundMail watchdogAlert(String dedupKey, String recipient, String subject, String text) {
    return new OutboundMail(dedupKey, null, recipient, subject, text, null, null, MailAudience.WATCHDOG, false);
  }
}
