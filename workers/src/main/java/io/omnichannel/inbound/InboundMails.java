package io.omnichannel.inbound;

import io.omnichannel.requests.PlainText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every mail the intake mailbox delivered; the unique message key makes reading it again a no-op. */
@Repository
public class InboundMails {

  private static final String COLUMNS = "id, message_key, sender, subject, state, request_id, error, received_at";

  private final JdbcClient jdbc;

  InboundMails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the mail in the caller's transaction. A concurrent reader of the same mail waits on the
   * unique key and then finds it taken.
   *
   * @return false when the mail was taken in before
   */
  boolean claim(UUID id, String messageKey, String sender, String subject, byte[] raw, Instant now) {
    return jdbc.sql(
                """
                INSERT INTO inbound_mails (id, message_key, sender, subject, state, raw, received_at)
                VALUES (:id, :key, :sender, :subject, 'FAILED', :raw, :now)
                ON CONFLICT (message_key) DO NOTHING
                """)
            .param("id", id)
            // a header may carry a NUL that PostgreSQL cannot store: the raw mail keeps what was sent
            .param("key", PlainText.withoutControlCharacters(messageKey))
            .param("sender", PlainText.withoutControlCharacters(sender))
            .param("subject", PlainText.withoutControlCharacters(subject))
            .param("raw", raw)
            .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .update()
        == 1;
  }

  void settle(UUID id, InboundMailState state, UUID requestId, String error) {
    jdbc.sql("UPDATE inbound_mails SET state = :state, request_id = :requestId, error = :error WHERE id = :id")
        .param("state", state.name())
        .param("requestId", requestId)
        .param("error", PlainText.withoutControlCharacters(error))
        .param("id", id)
        .update();
  }

  boolean exists(String messageKey) {
    return jdbc.sql("SELECT count(*) FROM inbound_mails WHERE message_key = ?").param(messageKey).query(Long.class).single() > 0;
  }

  /** Mails that need a person: not readable, or neither a reply nor a manual request. Oldest first. */
  public List<InboundMail> needingAPerson() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM inbound_mails WHERE state IN ('UNMATCHED', 'FAILED') ORDER BY received_at")
        .query(InboundMail.class)
        .list();
  }

  public List<InboundMail> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM inbound_mails ORDER BY received_at").query(InboundMail.class).list();
  }
}
