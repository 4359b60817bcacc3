package io.omnichannel.requests;

import io.omnichannel.processes.ManualRequestProcess;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows here start processes once the request is safely in the ledger; see {@link ProcessStartDispatcher}. */
@Component
class ProcessOutbox {

  private final JdbcClient jdbc;

  ProcessOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
}
