package io.omnichannel.journeys.complaint;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaint's own table beside the ledger: the link of the public post or review it came from. */
@Repository
class ComplaintDetails {

  private final JdbcClient jdbc;

  ComplaintDetails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The first public link of a case stays; a later post's text and link are in its history. */
  void savePublicUrl(UUID requestId, String publicUrl) {
    jdbc.sql("INSERT INTO complaint_details (request_id, public_url) VALUES (?, ?) ON CONFLICT (request_id) DO NOTHING")
        .params(requestId, publicUrl)
        .update();
  }

  Optional<String> publicUrl(UUID requestId) {
    return jdbc.sql("SELECT public_url FROM complaint_details WHERE request_id = ?").param(requestId).query(String.class).optional();
  }
}
