package io.omnichannel.customers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a customer may be asked for a review. Everybody is asked at the same point of the
 * journey (review platforms and the FTC's 2024 rule forbid choosing by experience); only a customer
 * who said she wants no such mail is left out.
 */
@Repository
public class ReviewMailConsent {

  private final JdbcClient jdbc;

  ReviewMailConsent(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True unless the customer declined; a request without a known customer is asked (she gave her address for it). */
  @Transactional(readOnly = true)
  public boolean mayInvite(UUID customerId) {
    if (customerId == null) {
      return true;
    }
    return jdbc.sql("SELECT review_mail_declined_at IS NULL FROM customers WHERE id = ?").param(customerId).query(Boolean.class).optional().orElse(true);
  }

  /** @param via where she said it, e.g. {@code mail-link}, {@code staff:anna} */
  @Transactional
  public void decline(UUID customerId, String via, Instant now) {
    jdbc.sql("UPDATE customers SET review_mail_declined_at = ?, review_mail_declined_via = ? WHERE id = ? AND review_mail_declined_at IS NULL")
        .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), via, customerId)
        .update();
  }
}
