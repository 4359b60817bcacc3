package io.omnichannel.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the surviving customer in one transaction: everything keyed by customer
 * moves over, the duplicate is kept (marked {@code merged_into}) so old links and intake matches
 * still find the survivor, and an audit row records who did it. The audit row is also the timeline
 * note (view {@code customer_timeline}).
 */
@Service
public class CustomerMerges {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CustomerMerges(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  @Transactional
  public MergeResult merge(UUID survivorId, UUID mergedId, String actor) {
    if (survivorId.equals(mergedId)) {
      throw new CustomerMergeRefusedException("A customer cannot be merged into itself.");
    }
    // lock both in a fixed order, so two staff merging the same pair the other way round cannot deadlock
    List<Locked> locked =
        List.of(survivorId, mergedId).stream().sorted(Comparator.naturalOrder()).map(this::lock).toList();
    Locked survivor = locked.stream().filter(c -> c.id().equals(survivorId)).findFirst().orElseThrow();
    Locked merged = locked.stream().filter(c -> c.id().equals(mergedId)).findFirst().orElseThrow();
    if (survivorId.equals(merged.mergedInto())) {
      return new MergeResult(survivorId, mergedId, 0, true);
    }
    if (survivor.mergedInto() != null) {
      throw new CustomerMergeRefusedException("That customer was itself merged into another one; merge into that one instead.");
    }
    if (merged.mergedInto() != null) {
      throw new CustomerMergeRefusedException("That customer was already merged into another one.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int requests =
        jdbc.sql("UPDATE service_requests SET customer_id = :survivor WHERE customer_id = :merged")
            .param("survivor", survivorId).param("merged", mergedId).update();
    jdbc.sql("UPDATE purchases SET customer_id = :survivor WHERE customer_id = :merged")
        .param("survivor", survivorId).param("merged", mergedId).update();
    events.publishEvent(new CustomerMerged(survivorId, mergedId));
    String number = survivor.customerNumber() == null ? merged.customerNumber() : null;
    // customer numbers are unique: the survivor takes the duplicate's number only if it has none
    jdbc.sql(
            """
            UPDATE customers SET merged_into = :survivor, merged_at = :now,
                   customer_number = CASE WHEN :takeNumber THEN NULL ELSE customer_number END
             WHERE id = :merged
            """)
        .param("survivor", survivorId).param("now", java.sql.Timestamp.from(now)).param("takeNumber", number != null)
        .param("merged", mergedId).update();
    jdbc.sql(
            """
            UPDATE customers s SET customer_number = coalesce(s.customer_number, :number),
                   phone = coalesce(s.phone, d.phone), phone_e164 = coalesce(s.phone_e164, d.phone_e164)
              FROM customers d WHERE s.id = :survivor AND d.id = :merged
            """)
        .param("number", number).param("survivor", survivorId).param("merged", mergedId).update();
    jdbc.sql(
            """
            INSERT INTO customer_merges (id, survivor_id, merged_id, merged_by, requests, merged_at)
            VALUES (:id, :survivor, :merged, :actor, :requests, :now)
            """)
        .param("id", UUID.randomUUID()).param("survivor", survivorId).param("merged", mergedId)
        .param("actor", actor).param("requests", requests).param("now", java.sql.Timestamp.from(now)).update();
    return new MergeResult(survivorId, mergedId, requests, false);
  }

  private Locked lock(UUID id) {
    return jdbc.sql("SELECT id, customer_number, merged_into FROM customers WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query((rs, row) -> new Locked(rs.getObject("id", UUID.class), rs.getString("customer_number"), rs.getObject("merged_into", UUID.class)))
        .optional()
        .orElseThrow(() -> new CustomerMergeRefusedException("No such customer: " + id));
  }

  private record Locked(UUID id, String customerNumber, UUID mergedInto) {}
}
