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

  Optional<String> storeOf(UUID requestId) {
    return jdbc.sql("SELECT store_id FROM reservation_details WHERE request_id = ?").param(requestId).query(String.class).optional();
  }
}
