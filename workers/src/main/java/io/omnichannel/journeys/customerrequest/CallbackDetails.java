package io.omnichannel.journeys.customerrequest;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where and when to call a customer back: the callback's own table beside the ledger. */
@Repository
class CallbackDetails {

  record Callback(String phone, CallbackWindow window) {}

  private final JdbcClient jdbc;

  CallbackDetails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(UUID requestId, String phone, CallbackWindow window) {
    jdbc.sql("INSERT INTO callback_details (request_id, phone, call_window) VALUES (?, ?, ?)")
        .params(requestId, phone, window.name())
        .update();
  }

  Optional<Callback> of(UUID requestId) {
    return jdbc.sql("SELECT phone, call_window FROM callback_details WHERE request_id = ?")
        .param(requestId)
        .query((rs, row) -> new Callback(rs.getString("phone"), CallbackWindow.parse(rs.getString("call_window")).orElseThrow()))
        .optional();
  }
}
