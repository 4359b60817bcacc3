package io.omnichannel.endtoend;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requests written straight into the ledger at chosen past instants, for the dashboard's tests (periods no journey test touches). */
final class ScriptedHistory {

  private final JdbcClient jdbc;

  ScriptedHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A request submitted at {@code created} and, unless {@code closed} is null, closed then; @return its id */
  UUID request(String type, String channel, Instant created, Instant closed) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO service_requests (id, reference, tracking_token, type, channel, status, contact_name, contact_email,
                type_number, expected_by, created_at, updated_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, 'Dashboard Test', 'dashboard@example.com', 'X-1', ?, ?, ?, ?)""")
        .params(id, "DSH-" + id.toString().substring(0, 8), "dash-" + id, type, channel, closed == null ? "WAITING_FOR_STAFF" : "CLOSED",
            Timestamp.from(created), Timestamp.from(created), Timestamp.from(created), closed == null ? null : Timestamp.from(closed))
        .update();
    if (closed != null) {
      jdbc.sql("INSERT INTO request_events (id, request_id, occurred_at, kind, summary, customer_visible, actor) VALUES (?, ?, ?, 'CLOSED', 'closed', true, 'system')")
          .params(UUID.randomUUID(), id, Timestamp.from(closed))
          .update();
    }
    return id;
  }

  /** A mail delivered to the customer at {@code sent}; {@code kind} is its dedup key's prefix, e.g. {@code answer:}. */
  void mail(UUID requestId, String kind, Instant sent) {
    jdbc.sql(
            """
            INSERT INTO mail_outbox (id, dedup_key, request_id, recipient, subject, body, status, next_attempt_at, created_at, sent_at, audience)
            VALUES (?, ?, ?, 'dashboard@example.com', 'Test', 'Test', 'SENT', ?, ?, ?, 'CUSTOMER')""")
        .params(UUID.randomUUID(), kind + requestId, requestId, Timestamp.from(sent), Timestamp.from(sent), Timestamp.from(sent))
        .update();
  }
}
