package io.omnichannel.watchdog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The findings of the watchdog, one row per kind and subject, opened, seen again, resolved. */
@Repository
public class WatchdogFindings {

  private static final String SELECT =
      "SELECT f.id, f.kind, f.subject_id, f.request_id, f.reference, r.customer_id, f.detail, f.process_instance_key,"
          + " f.element_id, f.first_seen_at, f.last_seen_at, f.times_raised, f.resolved_at, f.resolved_by, f.resolution"
          + " FROM watchdog_findings f LEFT JOIN service_requests r ON r.id = f.request_id";

  private final JdbcClient jdbc;

  WatchdogFindings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records what was seen. A finding a person took over stays closed.
   *
   * @return the finding when it is newly raised (first seen, or seen again after it had resolved itself)
   */
  @Transactional
  public Optional<Finding> raise(Observation seen, Instant now) {
    Optional<Finding> existing =
        jdbc.sql(SELECT + " WHERE f.kind = :kind AND f.subject_id = :subject FOR UPDATE OF f")
            .param("kind", seen.kind().name())
            .param("subject", seen.subjectId())
            .query(Finding.class)
            .optional();
    if (existing.isEmpty()) {
      UUID id = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO watchdog_findings (id, kind, subject_id, request_id, reference, detail, process_instance_key,
                                             element_id, first_seen_at, last_seen_at)
              VALUES (:id, :kind, :subject, :request, :reference, :detail, :instance, :element, :now, :now)
              """)
          .param("id", id)
          .param("kind", seen.kind().name())
          .param("subject", seen.subjectId())
          .param("request", seen.requestId())
          .param("reference", seen.reference())
          .param("detail", seen.detail())
          .param("instance", seen.processInstanceKey())
          .param("element", seen.elementId())
          .param("now", utc(now))
          .update();
      return find(id);
    }
    Finding finding = existing.get();
    if (finding.resolvedBy() != null) {
      return Optional.empty();
    }
    jdbc.sql(
            """
            UPDATE watchdog_findings
            SET last_seen_at = :now, detail = :detail, resolved_at = NULL, resolution = NULL,
                times_raised = times_raised + CASE WHEN resolved_at IS NULL THEN 0 ELSE 1 END
            WHERE id = :id
            """)
        .param("now", utc(now))
        .param("detail", seen.detail())
        .param("id", finding.id())
        .update();
    return finding.open() ? Optional.empty() : find(finding.id());
  }

  /** Resolves the open findings of a kind whose subject was not seen again. */
  @Transactional
  public int resolveAllBut(FindingKind kind, Collection<UUID> stillSeen, Instant now) {
    return jdbc.sql(
            """
            UPDATE watchdog_findings SET resolved_at = :now, resolution = 'resolved by itself'
            WHERE kind = :kind AND resolved_at IS NULL AND NOT (subject_id = ANY(:seen))
            """)
        .param("now", utc(now))
        .param("kind", kind.name())
        .param("seen", stillSeen.toArray(UUID[]::new))
        .update();
  }

  /** A person takes the finding over: it is closed and not raised again. */
  @Transactional
  public boolean takeOver(UUID id, String username, String note, Instant now) {
    return jdbc.sql(
                """
                UPDATE watchdog_findings SET resolved_at = :now, resolved_by = :user, resolution = :note
                WHERE id = :id AND resolved_at IS NULL
                """)
            .param("now", utc(now))
            .param("user", username)
            .param("note", note)
            .param("id", id)
            .update()
        == 1;
  }

  public Optional<Finding> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query(Finding.class).optional();
  }

  public List<Finding> open() {
    return jdbc.sql(SELECT + " WHERE f.resolved_at IS NULL ORDER BY f.first_seen_at")
        .query(Finding.class)
        .list();
  }

  public List<Finding> recentlyResolved(int limit) {
    return jdbc.sql(
            SELECT + " WHERE f.resolved_at IS NOT NULL ORDER BY f.resolved_at DESC LIMIT :limit")
        .param("limit", limit)
        .query(Finding.class)
        .list();
  }

  public List<Finding> ofRequest(UUID requestId) {
    return jdbc.sql(SELECT + " WHERE f.request_id = :request ORDER BY f.first_seen_at")
        .param("request", requestId)
        .query(Finding.class)
        .list();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
