package io.omnichannel.watchdog;

import io.omnichannel.requests.RequestStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks, independent of any model, that every open request has an owner: an open staff task, a
 * wait on the customer (a timer in the model owns it), a start still in the process outbox, or its
 * answer still in the mail outbox (which keeps trying; a failing one is a finding of its own).
 * Anything else quiet for longer than the grace period is raised, and so are starts the engine did
 * not take within it, mails that failed and incoming mails that could not be taken in. A finding
 * resolves itself when its cause is gone; incidents when the request moves on.
 */
@Component
public class NoDropWatchdog {

  /** History entries that are the watchdog's own, or the incident itself: not a sign of progress. */
  private static final String[] NOT_PROGRESS = {WatchdogAlerts.RAISED_EVENT, JobIncidentRecorder.INCIDENT_EVENT};

  private static final long SWEEP_LOCK = 0x5741544348444f47L; // "WATCHDOG"

  private final JdbcClient jdbc;
  private final WatchdogFindings findings;
  private final WatchdogAlerts alerts;
  private final Duration grace;
  private final boolean enabled;
  private final Clock clock;

  NoDropWatchdog(
      JdbcClient jdbc,
      WatchdogFindings findings,
      WatchdogAlerts alerts,
      WatchdogProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.findings = findings;
    this.alerts = alerts;
    this.grace = properties.grace();
    this.enabled = properties.enabled();
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${orchestrator.watchdog.interval:1m}", initialDelayString = "${orchestrator.watchdog.interval:1m}")
  void sweepOnSchedule() {
    if (enabled) {
      sweep(clock.instant());
    }
  }

  /** @return the findings newly raised by this sweep */
  @Transactional
  public List<Finding> sweep(Instant now) {
    if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", SWEEP_LOCK).query(Boolean.class).single())) {
      return List.of(); // another instance of the application sweeps right now
    }
    Instant quietSince = now.minus(grace);
    List<Finding> raised = new ArrayList<>();
    raised.addAll(check(FindingKind.NO_OWNER, requestsWithoutOwner(quietSince), now));
    raised.addAll(check(FindingKind.START_NOT_DELIVERED, startsNotDelivered(quietSince), now));
    raised.addAll(check(FindingKind.MAIL_FAILED, failedMails(), now));
    raised.addAll(check(FindingKind.INBOUND_MAIL_FAILED, failedInboundMails(), now));
    resolveIncidentsOfRequestsThatMovedOn(now);
    // alerts go out as mails of their own kind, which the failed-mail check leaves out: an alert
    // that cannot be sent raises nothing new (the list on the watchdog page is its fallback)
    raised.forEach(alerts::raised);
    return raised;
  }

  private List<Finding> check(FindingKind kind, List<Observation> seen, Instant now) {
    findings.resolveAllBut(kind, seen.stream().map(Observation::subjectId).toList(), now);
    return seen.stream().flatMap(observation -> findings.raise(observation, now).stream()).toList();
  }

  private List<Observation> requestsWithoutOwner(Instant quietSince) {
    return jdbc.sql(
            """
            SELECT r.id, r.reference, r.status, GREATEST(r.updated_at, e.last_event) AS last_activity
            FROM service_requests r
            LEFT JOIN LATERAL (
              SELECT max(occurred_at) AS last_event FROM request_events
              WHERE request_id = r.id AND NOT (kind = ANY(:notProgress))) e ON true
            WHERE r.status = ANY(:ownerless)
              AND GREATEST(r.updated_at, e.last_event) < :quietSince
              AND NOT EXISTS (SELECT 1 FROM user_tasks t WHERE t.request_id = r.id AND t.state = 'OPEN')
              AND NOT EXISTS (SELECT 1 FROM process_outbox o WHERE o.request_id = r.id AND o.dispatched_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.request_id = r.id AND m.awaited AND m.status <> 'SENT')
              AND NOT EXISTS (SELECT 1 FROM watchdog_findings f
                              WHERE f.request_id = r.id AND f.kind = 'INCIDENT' AND f.resolved_at IS NULL)
            ORDER BY r.created_at
            """)
        .param("notProgress", NOT_PROGRESS)
        .param("ownerless", statusesThatNeedAnOwner())
        .param("quietSince", WatchdogFindings.utc(quietSince))
        .query((rs, row) -> Observation.aboutRequest(
            FindingKind.NO_OWNER,
            rs.getObject("id", UUID.class),
            rs.getString("reference"),
            "Status " + rs.getString("status") + ", no open task, no wait on the customer and no activity since "
                + rs.getObject("last_activity", OffsetDateTime.class).toInstant()
                + ": most likely stuck in the engine (an incident) or ended without closing the request."))
        .list();
  }

  private List<Observation> startsNotDelivered(Instant quietSince) {
    return jdbc.sql(
            """
            SELECT DISTINCT ON (r.id) r.id, r.reference, o.message_name, o.attempts, o.last_error
            FROM process_outbox o JOIN service_requests r ON r.id = o.request_id
            WHERE o.dispatched_at IS NULL AND o.created_at < :quietSince
            ORDER BY r.id, o.created_at
            """)
        .param("quietSince", WatchdogFindings.utc(quietSince))
        .query((rs, row) -> Observation.aboutRequest(
            FindingKind.START_NOT_DELIVERED,
            rs.getObject("id", UUID.class),
            rs.getString("reference"),
            rs.getString("message_name") + " not delivered to the engine after " + rs.getInt("attempts") + " attempts"
                + (rs.getString("last_error") != null ? "; last error: " + rs.getString("last_error") : "")))
        .list();
  }

  private List<Observation> failedMails() {
    return jdbc.sql(
            """
            SELECT m.id, m.request_id, r.reference, m.recipient, m.subject, m.attempts, m.last_error
            FROM mail_outbox m LEFT JOIN service_requests r ON r.id = m.request_id
            WHERE m.status = 'FAILED' AND m.audience <> 'WATCHDOG'
            ORDER BY m.created_at
            """)
        .query((rs, row) -> new Observation(
            FindingKind.MAIL_FAILED,
            rs.getObject("id", UUID.class),
            rs.getObject("request_id", UUID.class),
            rs.getString("reference"),
            "\"" + rs.getString("subject") + "\" to " + rs.getString("recipient") + " failed " + rs.getInt("attempts")
                + " times" + (rs.getString("last_error") != null ? ": " + rs.getString("last_error") : ""),
            null,
            null))
        .list();
  }

  private List<Observation> failedInboundMails() {
    return jdbc.sql(
            """
            SELECT i.id, i.sender, i.subject, i.error
            FROM inbound_mails i
            WHERE i.state IN ('FAILED', 'UNMATCHED')
            ORDER BY i.received_at
            """)
        .query((rs, row) -> new Observation(
            FindingKind.INBOUND_MAIL_FAILED,
            rs.getObject("id", UUID.class),
            null,
            null,
            "Mail from " + (rs.getString("sender") != null ? rs.getString("sender") : "an unknown sender") + " \""
                + rs.getString("subject") + "\"" + (rs.getString("error") != null ? ": " + rs.getString("error") : ""),
            null,
            null))
        .list();
  }

  private void resolveIncidentsOfRequestsThatMovedOn(Instant now) {
    jdbc.sql(
            """
            UPDATE watchdog_findings f
            SET resolved_at = :now, resolution = 'resolved by itself: the request moved on'
            WHERE f.kind = 'INCIDENT' AND f.resolved_at IS NULL AND f.request_id IS NOT NULL
              AND (EXISTS (SELECT 1 FROM service_requests r WHERE r.id = f.request_id AND NOT (r.status = ANY(:open)))
                   OR EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = f.request_id
                              AND e.occurred_at > f.last_seen_at AND NOT (e.kind = ANY(:notProgress))))
            """)
        .param("now", WatchdogFindings.utc(now))
        .param("open", statuses(RequestStatus::isOpen))
        .param("notProgress", NOT_PROGRESS)
        .update();
  }

  private static String[] statusesThatNeedAnOwner() {
    return statuses(status -> status.isOpen() && !status.waitsOutside());
  }

  private static String[] statuses(Predicate<RequestStatus> which) {
    return Arrays.stream(RequestStatus.values()).filter(which).map(Enum::name).toArray(String[]::new);
  }
}
