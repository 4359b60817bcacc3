package io.omnichannel.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.processes.ReservationProcess;
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
 * and its message commit together.
 */
@Component
class ProcessOutbox {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;

  ProcessOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The customer answered staff's question. The message id is the inbound message's, so the same
   * mail (or form post) never moves the process twice.
   */
  void customerAnswered(UUID requestId, String reference, String messageId, Instant now) {
    insert(requestId, ManualRequestProcess.CUSTOMER_ANSWERED_MESSAGE, reference, messageId, Map.of(), now);
  }

  /** Starts {@code customer-request} with the request type (plan-sla picks its policy by it) and the team whose queue gets the task. */
  void startCustomerRequest(UUID requestId, String reference, CustomerRequestType type, Instant now) {
    insert(
        requestId, CustomerRequestProcess.START_MESSAGE, reference, null,
        Map.of(
            CustomerRequestProcess.Variables.REQUEST_ID, requestId.toString(),
            CustomerRequestProcess.Variables.REFERENCE, reference,
            CustomerRequestProcess.Variables.REQUEST_TYPE, type.name(),
            CustomerRequestProcess.Variables.TEAM, type.team()),
        now);
  }

  void startManualRequest(UUID requestId, String reference, Instant now) {
    insert(
        requestId, ManualRequestProcess.START_MESSAGE, reference, null,
        Map.of(ManualRequestProcess.Variables.REQUEST_ID, requestId.toString(), ManualRequestProcess.Variables.REFERENCE, reference),
        now);
  }

  /** Starts {@code reservation} with the store to pick up at and the team that sets the piece aside there. */
  void startReservation(UUID requestId, String reference, String storeId, String storeTeam, Instant now) {
    insert(
        requestId, ReservationProcess.START_MESSAGE, reference, null,
        Map.of(
            ReservationProcess.Variables.REQUEST_ID, requestId.toString(),
            ReservationProcess.Variables.REFERENCE, reference,
            ReservationProcess.Variables.REQUEST_TYPE, ReservationProcess.REQUEST_TYPE,
            ReservationProcess.Variables.STORE_ID, storeId,
            ReservationProcess.Variables.STORE_TEAM, storeTeam),
        now);
  }

  /**
   * A message to a waiting reservation ({@code ReservationPickedUp}, {@code ReservationCancelled}):
   * one message id per request and message, so a second click moves nothing twice.
   *
   * @param variables a few plain values for the process, e.g. who handed the piece over
   * @return false when the same message was written before
   */
  boolean reservationMessage(
      UUID requestId, String reference, String messageName, String messageId, Map<String, String> variables, Instant now) {
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
