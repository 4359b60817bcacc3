package io.omnichannel.journeys.reservation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store a reservation is picked up at: the reservation's own table beside the ledger (the product is the ledger's type number). */
@Repository
class ReservationDetails {

  private final JdbcClient jdbc;

  ReservationDetails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(UUID requestId, String storeId) {
    jdbc.sql("INSERT INTO reservation_details (request_id, store_id) VALUES (?, ?)").params(requestId, storeId).update();
  }

  void saveAdvice(UUID requestId, AdviceWish wish) {
    jdbc.sql("INSERT INTO reservation_advice (request_id, topic, visit_at) VALUES (?, ?, ?)")
        .params(requestId, wish.topic(), java.sql.Timestamp.from(wish.visitAt()))
        .update();
  }

  /** The advice she asked for with the reservation, if any. */
  Optional<AdviceWish> adviceOf(UUID requestId) {
    return jdbc.sql("SELECT topic, visit_at FROM reservation_advice WHERE request_id = ?")
        .param(requestId)
        .query((rs, row) -> new AdviceWish(rs.getString("topic"), rs.getTimestamp("visit_at").toInstant()))
        .optional();
  }

  Optional<String> storeOf(UUID requestId) {
    return jdbc.sql("SELECT store_id FROM reservation_details WHERE request_id = ?").param(requestId).query(String.class).optional();
  }
}
