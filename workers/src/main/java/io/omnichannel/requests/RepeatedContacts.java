package io.omnichannel.requests;

import io.omnichannel.outbox.ProcessOutbox;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One open case per customer, for the request types that want it ({@link JourneyStart#oneOpenCase}):
 * the request is its customer's contact #1; a further submission while it is open, or a reply the
 * request was not waiting for, is the next contact. Each further contact joins the request's history
 * and tells its process through the outbox ({@code repeated_message}, variables
 * {@link #REPEATED_CONTACTS} and {@link #PUBLIC_CONTACT}), once per contact: the submission's idempotency key is unique.
 * Everything is written in the caller's transaction, with the request locked.
 */
@Component
class RepeatedContacts {

  /** The process variable of the repeated-contact message: the number of this contact (2 for the second). */
  static final String REPEATED_CONTACTS = "repeatedContacts";
  /** The process variable of the repeated-contact message: true when this contact came from a public channel. */
  static final String PUBLIC_CONTACT = "publicContact";

  private final JdbcClient jdbc;
  private final ProcessOutbox outbox;
  private final RequestHistory history;

  RepeatedContacts(JdbcClient jdbc, ProcessOutbox outbox, RequestHistory history) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.history = history;
  }

  /**
   * Serialises the one-case rule per customer and type until the caller's transaction ends: of two
   * first complaints of a customer at the same moment, the second waits, then finds the first's
   * case open and joins it.
   */
  void lockCasesOf(UUID customerId, String type) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("one-open-case:" + type + ":" + customerId).query().singleRow();
  }

  /** A new case: its first contact, which names the message a further contact sends its process. */
  void opened(UUID requestId, String channel, String idempotencyKey, String repeatedMessage, Instant now) {
    insert(requestId, 1, channel, idempotencyKey, repeatedMessage, now);
  }

  /** The request a submission with this idempotency key joined, if one did. */
  Optional<UUID> joinedBy(String idempotencyKey) {
    return jdbc.sql("SELECT request_id FROM request_contacts WHERE idempotency_key = ? AND contact_no > 1")
        .param(idempotencyKey)
        .query(UUID.class)
        .optional();
  }

  /**
   * The customer got in touch again about her open case (the caller holds the request's lock).
   *
   * @param summary what she wrote, as the history shows it to her; null when the history has it already
   * @return the number of this contact, or empty when the request keeps no contacts (its type has no one-case rule)
   */
  Optional<Integer> record(ServiceRequest request, String channel, String idempotencyKey, String summary, Instant now) {
    Optional<String> message =
        jdbc.sql("SELECT repeated_message FROM request_contacts WHERE request_id = ? AND contact_no = 1")
            .param(request.id())
            .query(String.class)
            .optional();
    if (message.isEmpty()) {
      return Optional.empty();
    }
    int number =
        jdbc.sql("SELECT coalesce(max(contact_no), 0) + 1 FROM request_contacts WHERE request_id = ?")
            .param(request.id())
            .query(Integer.class)
            .single();
    insert(request.id(), number, channel, idempotencyKey, message.get(), now);
    if (summary != null) {
      history.record(request.id(), "REPEATED_CONTACT", summary, true, "customer");
    }
    outbox.message(
        request.id(), request.reference(), message.get(), "contact-" + request.id() + "-" + number,
        Map.of(REPEATED_CONTACTS, number, PUBLIC_CONTACT, "PUBLIC".equals(channel)), now);
    return Optional.of(number);
  }

  /** The request's contacts, first to last; empty for a request whose type keeps none. */
  java.util.List<RequestContact> of(UUID requestId) {
    return jdbc.sql("SELECT contact_no, channel, created_at FROM request_contacts WHERE request_id = ? ORDER BY contact_no")
        .param(requestId)
        .query((rs, row) -> new RequestContact(rs.getInt("contact_no"), rs.getString("channel"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  private void insert(UUID requestId, int number, String channel, String idempotencyKey, String repeatedMessage, Instant now) {
    jdbc.sql(
            """
            INSERT INTO request_contacts (request_id, contact_no, channel, idempotency_key, repeated_message, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(requestId, number, channel, idempotencyKey, repeatedMessage, java.sql.Timestamp.from(now))
        .update();
  }
}
