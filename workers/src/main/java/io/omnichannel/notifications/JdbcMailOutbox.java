package io.omnichannel.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mail outbox in PostgreSQL; the dedup key's unique constraint makes a repeated enqueue a no-op. */
@Component
public class JdbcMailOutbox implements MailOutbox {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcMailOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public boolean enqueue(OutboundMail mail) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    int inserted =
        jdbc.sql(
                """
                INSERT INTO mail_outbox
                  (id, dedup_key, request_id, recipient, subject, body, html_body, attachment_document_id,
                   audience, awaited, status, next_attempt_at, created_at)
                VALUES (:id, :dedupKey, :requestId, :recipient, :subject, :body, :htmlBody, :documentId,
                        :audience, :awaited, 'PENDING', :now, :now)
                ON CONFLICT (dedup_key) DO NOTHING
                """)
            .param("id", UUID.randomUUID())
            .param("dedupKey", mail.dedupKey())
            .param("requestId", mail.requestId())
            .param("recipient", mail.recipient())
            .param("subject", mail.subject())
            .param("body", mail.body())
            .param("htmlBody", mail.htmlBody(), java.sql.Types.VARCHAR)
            .param("documentId", mail.attachmentDocumentId())
            .param("audience", mail.audience().name())
            .param("awaited", mail.awaited())
            .param("now", now)
            .update();
    return inserted == 1;
  }

  /**
   * A failed mail goes out with the next round of the outbox instead of at its next retry, e.g.
   * once a person has fixed the mail server.
   *
   * @return false when there is no failed mail with this id (sent meanwhile, or never failed)
   */
  @Transactional
  public boolean sendAgainNow(UUID mailId) {
    return jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :now WHERE id = :id AND status = 'FAILED'")
            .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("id", mailId)
            .update()
        == 1;
  }

  /** Mails that failed their regular attempts and are still being tried: each needs a person to look (wrong address, mail server down for long). */
  @Transactional(readOnly = true)
  public List<MailOutboxEntry> failedMails() {
    return jdbc.sql(
            """
            SELECT id, dedup_key, request_id, recipient, subject, status, attempts, last_error, created_at, sent_at
            FROM mail_outbox WHERE status = 'FAILED' ORDER BY created_at
            """)
        .query(MailOutboxEntry.class)
        .list();
  }

  /** Everything queued for one request, oldest first. */
  @Transactional(readOnly = true)
  public List<MailOutboxEntry> mailsFor(UUID requestId) {
    return jdbc.sql(
            """
            SELECT id, dedup_key, request_id, recipient, subject, status, attempts, last_error, created_at, sent_at
            FROM mail_outbox WHERE request_id = :requestId ORDER BY created_at
            """)
        .param("requestId", requestId)
        .query(MailOutboxEntry.class)
        .list();
  }
}
