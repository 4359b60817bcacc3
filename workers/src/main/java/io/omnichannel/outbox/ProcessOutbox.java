package io.omnichannel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows here start processes, or move waiting ones, once the request is safely in the ledger; see
 * {@link ProcessStartDispatcher}. Every method writes in the caller's transaction, so the request
 * and its message commit together. The correlation key is always the request's reference.
 */
@Component
public class ProcessOutbox {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;

  ProcessOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Starts the journey of a new request. The dispatcher publishes it with the request id as message
   * id, so a start published twice starts one journey.
   *
   * @param variables a few plain values for the process (at least the request's id, reference and type)
   */
  public void start(UUID requestId, String reference, String startMessage, Map<String, ?> variables, Instant now) {
    insert(requestId, startMessage, reference, null, variables, now);
  }

  /**
   * A message to a waiting process: the customer answered, a reservation was picked up. One row per
   * message id, so a second click or a re-read mail moves nothing twice.
   *
   * @param variables a few plain values for the process, e.g. who handed the piece over
   * @return false when a message with this id was written for the request before
   */
  public boolean message(
      UUID requestId, String reference, String messageName, String messageId, Map<String, ?> variables, Instant now) {
    Integer earlier =
        jdbc.sql("SELECT count(*) FROM process_outbox WHERE request_id = ? AND message_id = ?")
            .params(requestId, messageId)
            .query(Integer.class)
            .single();
    if (earlier > 0) {
      return false;
    }
    insert(requestId, messageName, reference, messageId, variables, now);
    return true;
  }

  /** @param messageId null for a process start: the dispatcher publishes it with the request id */
  private void insert(UUID requestId, String messageName, String reference, String messageId, Map<String, ?> variables, Instant now) {
    jdbc.sql(
            """
            INSERT INTO process_outbox
              (id, request_id, message_name, correlation_key, message_id, variables, next_attempt_at, created_at)
            VALUES (:id, :requestId, :message, :reference, :messageId, CAST(:variables AS jsonb), :now, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("requestId", requestId)
        .param("message", messageName)
        .param("reference", reference)
        .param("messageId", messageId, java.sql.Types.VARCHAR)
        .param("variables", toJson(variables))
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
  }

  private static String toJson(Map<String, ?> variables) {
    try {
      return JSON.writeValueAsString(variables);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("process variables are not serialisable: " + variables, e);
    }
  }
}
