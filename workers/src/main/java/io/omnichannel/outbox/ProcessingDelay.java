package io.omnichannel.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the engine is not taking requests right now: the outbox holds process messages whose
 * last publish failed. The request itself is safe in the database and starts once the engine is
 * back; the portal only says so.
 */
@Component
public class ProcessingDelay {

  private final JdbcClient jdbc;

  ProcessingDelay(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean engineUnreachable() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM process_outbox WHERE dispatched_at IS NULL AND last_error IS NOT NULL)")
        .query(Boolean.class)
        .single();
  }
}
