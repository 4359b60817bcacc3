package io.omnichannel.requests;

import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.processes.ReservationProcess;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows here start processes once the request is safely in the ledger; see {@link ProcessStartDispatcher}. */
@Component
class ProcessOutbox {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final JdbcClient jdbc;

  ProcessOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The customer answered staff's question. The message id is the inbound message's, so the same
   * mail (or form post) never moves the process twice. Written in the caller's transaction.
   */
  void customerAnswered(UUID requestId, String reference, String messageId, Instant now) {
    jdbc.sql(
            """
            INSERT INTO process_outbox
              (id, request_id, message_name, correlation_key, message_id, variables, next_attempt_at, created_at)
            VALUES (:id, :requestId, :message, :reference, :messageId, '{}'::jsonb, :now, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("requestId", requestId)
        .param("message", ManualRequestProcess.CUSTOMER_ANSWERED_MESSAGE)
        .param("reference", reference)
        .param("messageId", messageId)
        .param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .update();
  }

  /**
   * Starts {@code customer-request} with the request type (plan-sla picks its policy by it) and the
   * team whose queue gets the task. Writes in the caller's transaction.
   */
  void startCustomerRequest(UUID requestId, String reference, CustomerRequestType type, Instant now) {
    jdbc.sql(
            """
            INSERT INTO process_outbox
              (id, request_id, message_name, correlation_key, variables, next_attempt_at, created_at)
            VALUES (:id, :requestId, :message, :reference,
                    jsonb_build_object(:requestIdName, CAST(:requestId AS text), :referenceName, CAST(:reference AS text),
                                       :typeName, CAST(:type AS text), :teamName, CAST(:team AS text)),
                    :now, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("requestId", requestId)
        .param("message", CustomerRequestProcess.START_MESSAGE)
        .param("reference", reference)
        .param("requestIdName", CustomerRequestProcess.Variables.REQUEST_ID)
        .param("referenceName", CustomerRequestProcess.Variables.REFERENCE)
        .param("typeName", CustomerRequestProcess.Variables.REQUEST_TYPE)
        .param("type", type.name())
        .param("teamName", CustomerRequestProcess.Variables.TEAM)
        .param("team", type.team())
        .param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .update();
  }

  /** Writes in the caller's transaction, so the request and its process start commit together. */
  void startManualRequest(UUID requestId, String reference, Instant now) {
    jdbc.sql(
            """
            INSERT INTO process_outbox
              (id, request_id, message_name, correlation_key, variables, next_attempt_at, created_at)
            VALUES (:id, :requestId, :message, :reference,
                    jsonb_build_object(:requestIdName, CAST(:requestId AS text), :referenceName, CAST(:reference AS text)),
                    :now, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("requestId", requestId)
        .param("message", ManualRequestProcess.START_MESSAGE)
        .param("reference", reference)
        .param("requestIdName", ManualRequestProcess.Variables.REQUEST_ID)
        .param("referenceName", ManualRequestProcess.Variables.REFERENCE)
        .param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .update();
  }

  /** Starts {@code reservation} with the store to pick up at and the team that sets the piece aside there. */
  void startReservation(UUID requestId, String reference, String storeId, String storeTeam, Instant now) {
    jdbc.sql(
            """
            INSERT INTO process_outbox
              (id, request_id, message_name, correlation_key, variables, next_attempt_at, created_at)
            VALUES (:id, :requestId, :message, :reference,
                    jsonb_build_object(:requestIdName, CAST(:requestId AS text), :referenceName, CAST(:reference AS text),
                                       :typeName, CAST(:type AS text), :storeName, CAST(:store AS text),
                                       :teamName, CAST(:team AS text)),
                    :now, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("requestId", requestId)
        .param("message", ReservationProcess.START_MESSAGE)
        .param("reference", reference)
        .param("requestIdName", ReservationProcess.Variables.REQUEST_ID)
        .param("referenceName", ReservationProcess.Variables.REFERENCE)
        .param("typeName", ReservationProcess.Variables.REQUEST_TYPE)
        .param("type", ReservationProcess.REQUEST_TYPE)
        .param("storeName", ReservationProcess.Variables.STORE_ID)
        .param("store", storeId)
        .param("teamName", ReservationProcess.Variables.STORE_TEAM)
        .param("team", storeTeam)
        .param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .update();
  }

  /**
   * A message to a waiting reservation ({@code ReservationPickedUp}, {@code ReservationCancelled}):
   * one message id per request and message, so a second click moves nothing twice. Written in the
   * caller's transaction.
   *
   * @param variables at most a few plain values for the process, e.g. who handed the piece over
   * @return false when the same message was written before
   */
  boolean reservationMessage(
      UUID requestId, String reference, String messageName, String messageId, java.util.Map<String, String> variables, Instant now) {
    Integer earlier =
        jdbc.sql("SELECT count(*) FROM process_outbox WHERE request_id = ? AND message_id = ?")
            .params(requestId, messageId)
            .query(Integer.class)
            .single();
    if (earlier > 0) {
      return false;
    }
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
        .param("messageId", messageId)
        .param("variables", toJson(variables))
        .param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .update();
    return true;
  }

  private static String toJson(java.util.Map<String, String> variables) {
    try {
      return JSON.writeValueAsString(variables);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("process variables are not serialisable: " + variables, e);
    }
  }
}
