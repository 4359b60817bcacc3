package io.omnichannel.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies per request type and step, in PostgreSQL, with their versions: {@code sla_policies}
 * holds the current values, {@code sla_policy_versions} every version with the instant from which it
 * is in effect. A change never rewrites a version, so a request keeps the policy of its submission.
 */
@Repository
public class SlaPolicies {

  private static final String VERSION_COLUMNS =
      """
      id, version, effective_from, changed_by, request_type, step, calendar_id, business_minutes,
      reminder_at_percent, process_owners_at_percent""";

  private final JdbcClient jdbc;
  private final Clock clock;

  public SlaPolicies(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The current values of the policy: what requests submitted now get. */
  public SlaPolicy get(String requestType, String step) {
    return find(requestType, step)
        .orElseThrow(
            () -> new NoSuchElementException("no SLA policy for request type " + requestType + ", step " + step));
  }

  public Optional<SlaPolicy> find(String requestType, String step) {
    return jdbc.sql(
            """
            select request_type, step, calendar_id, business_minutes, reminder_at_percent, process_owners_at_percent
            from sla_policies where request_type = ? and step = ?""")
        .params(requestType, step)
        .query(SlaPolicies::policy)
        .optional();
  }

  /** Every policy's current values, by request type and step. */
  public List<SlaPolicy> all() {
    return jdbc.sql(
            """
            select request_type, step, calendar_id, business_minutes, reminder_at_percent, process_owners_at_percent
            from sla_policies order by request_type, step""")
        .query(SlaPolicies::policy)
        .list();
  }

  /**
   * The version in effect at {@code at}: the newest whose effective time is not after it; for an
   * instant before the first version (a request older than its policy), the first version.
   */
  @Transactional(readOnly = true)
  public SlaPolicyVersion inEffect(String requestType, String step, Instant at) {
    return jdbc.sql(
            "select " + VERSION_COLUMNS + """
             from sla_policy_versions where request_type = ? and step = ?
            order by (effective_from <= ?) desc,
              case when effective_from <= ? then effective_from end desc nulls last, version
            limit 1""")
        .params(requestType, step, Timestamp.from(at), Timestamp.from(at))
        .query(SlaPolicies::version)
        .optional()
        .orElseThrow(
            () -> new NoSuchElementException("no SLA policy for request type " + requestType + ", step " + step));
  }

  /** All versions of a policy, the newest first. */
  public List<SlaPolicyVersion> versions(String requestType, String step) {
    return jdbc.sql(
            "select " + VERSION_COLUMNS + " from sla_policy_versions where request_type = ? and step = ? order by version desc")
        .params(requestType, step)
        .query(SlaPolicies::version)
        .list();
  }

  /** A version by its id, whichever policy it belongs to. */
  public Optional<SlaPolicyVersion> version(long id) {
    return jdbc.sql("select " + VERSION_COLUMNS + " from sla_policy_versions where id = ?")
        .param(id)
        .query(SlaPolicies::version)
        .optional();
  }

  /** Writes the policy as the system (demo data, set-up): a new version when its values differ from the current ones. */
  @Transactional
  public void save(SlaPolicy policy) {
    change(policy, null);
  }

  /**
   * Makes {@code policy} the current values, in effect from now for requests submitted from now on.
   * Unchanged values write nothing.
   *
   * @param changedBy who changed it; null for the system
   * @return the new version, empty when nothing changed
   */
  @Transactional
  public Optional<SlaPolicyVersion> change(SlaPolicy policy, String changedBy) {
    Optional<SlaPolicy> current =
        jdbc.sql(
                """
                select request_type, step, calendar_id, business_minutes, reminder_at_percent, process_owners_at_percent
                from sla_policies where request_type = ? and step = ? for update""")
            .params(policy.requestType(), policy.step())
            .query(SlaPolicies::policy)
            .optional();
    if (current.isPresent() && current.get().sameValuesAs(policy)) {
      return Optional.empty();
    }
    jdbc.sql(
            """
            insert into sla_policies (request_type, step, calendar_id, business_minutes, reminder_at_percent,
              process_owners_at_percent)
            values (?, ?, ?, ?, ?, ?)
            on conflict (request_type, step) do update set calendar_id = excluded.calendar_id,
              business_minutes = excluded.business_minutes, reminder_at_percent = excluded.reminder_at_percent,
              process_owners_at_percent = excluded.process_owners_at_percent""")
        .params(
            policy.requestType(),
            policy.step(),
            policy.calendarId(),
            policy.businessMinutes(),
            policy.reminderAtPercent(),
            policy.processOwnersAtPercent())
        .update();
    // the row lock above (or the insert's) serialises concurrent changes of one policy
    return Optional.of(
        jdbc.sql(
                """
                insert into sla_policy_versions (request_type, step, version, effective_from, calendar_id,
                  business_minutes, reminder_at_percent, process_owners_at_percent, changed_by)
                select ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?
                from sla_policy_versions where request_type = ? and step = ?
                returning\s""" + VERSION_COLUMNS)
            .params(
                policy.requestType(),
                policy.step(),
                Timestamp.from(clock.instant()),
                policy.calendarId(),
                policy.businessMinutes(),
                policy.reminderAtPercent(),
                policy.processOwnersAtPercent(),
                changedBy,
                policy.requestType(),
                policy.step())
            .query(SlaPolicies::version)
            .single());
  }

  private static SlaPolicy policy(ResultSet row, int rowNum) throws SQLException {
    return new SlaPolicy(
        row.getString("request_type"),
        row.getString("step"),
        row.getString("calendar_id"),
        row.getInt("business_minutes"),
        row.getInt("reminder_at_percent"),
        row.getInt("process_owners_at_percent"));
  }

  private static SlaPolicyVersion version(ResultSet row, int rowNum) throws SQLException {
    return new SlaPolicyVersion(
        row.getLong("id"),
        row.getInt("version"),
        row.getTimestamp("effective_from").toInstant(),
        row.getString("changed_by"),
        policy(row, rowNum));
  }
}
