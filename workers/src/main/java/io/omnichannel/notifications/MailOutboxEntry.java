package io.omnichannel.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the mail outbox, without body and attachment. */
public record MailOutboxEntry(
    UUID id,
    String dedupKey,
    UUID requestId,
    String recipient,
    String subject,
    String status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt) {}
