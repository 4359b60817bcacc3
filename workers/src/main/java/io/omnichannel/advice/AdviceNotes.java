package io.omnichannel.advice;

import io.omnichannel.customers.CustomerMerged;
import io.omnichannel.requests.PlainText;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of advice given at the counter. A note is 1 to {@value #MAX_LENGTH} characters of
 * plain text; the form's token makes a form sent twice one note. Who may write or read them is the
 * page's check (the customer's page rule), not this service's.
 */
@Service
public class AdviceNotes {

  public static final int MAX_LENGTH = 4000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AdviceNotes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param requestId the request the advice was about, or null
   * @param formToken the form's own id: the same token again writes nothing
   * @return whether a note was written (false for a repeat of the same form)
   * @throws InvalidAdviceNoteException when the text is empty, too long or holds a control character
   */
  @Transactional
  public boolean add(UUID customerId, UUID requestId, String text, String writtenBy, UUID formToken) {
    String note = text == null ? "" : text.strip();
    if (note.isEmpty()) {
      throw new InvalidAdviceNoteException("Please write what you advised, in a sentence or two.");
    }
    if (note.length() > MAX_LENGTH) {
      throw new InvalidAdviceNoteException("A note has at most " + MAX_LENGTH + " characters; this one has " + note.length() + ".");
    }
    if (!PlainText.isAcceptable(note)) {
      throw new InvalidAdviceNoteException(PlainText.CONTROL_CHARACTER);
    }
    return jdbc.sql(
                """
                INSERT INTO advice_notes (customer_id, request_id, text, written_by, written_at, form_token)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (form_token) DO NOTHING
                """)
            .params(customerId, requestId, note, writtenBy, Timestamp.from(clock.instant()), formToken)
            .update()
        == 1;
  }

  /** A merged duplicate's notes move to the surviving customer, in the merge's transaction. */
  @EventListener
  void on(CustomerMerged merged) {
    jdbc.sql("UPDATE advice_notes SET customer_id = ? WHERE customer_id = ?").params(merged.survivorId(), merged.mergedId()).update();
  }

  /** The customer's notes, newest first. */
  @Transactional(readOnly = true)
  public List<AdviceNote> of(UUID customerId) {
    return jdbc.sql(
            "SELECT id, customer_id, request_id, text, written_by, written_at FROM advice_notes WHERE customer_id = ? "
                + "ORDER BY written_at DESC, id DESC")
        .param(customerId)
        .query(
            (rs, row) ->
                new AdviceNote(
                    rs.getLong("id"),
                    rs.getObject("customer_id", UUID.class),
                    rs.getObject("request_id", UUID.class),
                    rs.getString("text"),
                    rs.getString("written_by"),
                    rs.getTimestamp("written_at").toInstant()))
        .list();
  }
}
