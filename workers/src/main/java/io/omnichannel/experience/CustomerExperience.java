package io.omnichannel.experience;

import io.omnichannel.experience.ExperienceReport.Attainment;
import io.omnichannel.experience.ExperienceReport.Count;
import io.omnichannel.experience.ExperienceReport.Durations;
import io.omnichannel.experience.ExperienceReport.Reopens;
import io.omnichannel.experience.ExperienceReport.Satisfaction;
import io.omnichannel.experience.ExperienceReport.TeamVolume;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures: each one SQL aggregate over the period's rows (see docs/architecture.md,
 * "The customer-experience dashboard", for the definitions, and V34 for the indexes that keep them
 * fast over a year of a million requests). Durations are in business hours on one calendar, computed
 * in the query from {@link BusinessTime}'s table of days.
 */
@Service
public class CustomerExperience {

  /**
   * Customers' mails that are no reply, by their dedup key's prefix (before the first colon): the automatic acknowledgement of a request ({@code ack:}),
   * of a further contact on an open complaint, and click and collect's order confirmation (its
   * acknowledgement); the reminders of a question or a pickup, which only repeat an earlier mail;
   * and the invitation to rate, sent after the request is closed.
   */
  public static final List<String> NOT_A_REPLY =
      List.of("ack", "repeated-complaint-ack", "collect-order-confirmed", "question-reminder", "pickup-reminder", "rating-invite");

  /** The backlog's age buckets, in business days: under 1, 1 to under 3, 3 to under 7, 7 and more. */
  public static final List<String> AGE_BUCKETS =
      List.of("Under 1 business day", "1–3 business days", "3–7 business days", "Over 7 business days");

  /** For the dashboard's transactions only (PostgreSQL's default is 4 MB): the year's sorts stay in memory. */
  static final String WORK_MEM = "64MB";

  private final JdbcClient jdbc;
  private final BusinessCalendars calendars;
  private final Clock clock;
  private final String configuredCalendar;

  public CustomerExperience(
      JdbcClient jdbc, BusinessCalendars calendars, Clock clock, @Value("${orchestrator.dashboard.calendar:}") String configuredCalendar) {
    this.jdbc = jdbc;
    this.calendars = calendars;
    this.clock = clock;
    this.configuredCalendar = configuredCalendar;
  }

  /** The calendar whose business hours the dashboard counts: the configured one, else the one most SLA policies use. */
  @Transactional(readOnly = true)
  public String calendarId() {
    if (configuredCalendar != null && !configuredCalendar.isBlank()) {
      return configuredCalendar.strip();
    }
    return jdbc.sql(
            """
            SELECT c.id FROM business_calendars c LEFT JOIN sla_policies p ON p.calendar_id = c.id
            GROUP BY c.id ORDER BY count(p.calendar_id) DESC, c.id LIMIT 1""")
        .query(String.class)
        .optional()
        .orElseThrow(() -> new NoSuchElementException("there is no business calendar to count business hours on"));
  }

  /** Today on the dashboard's calendar. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), calendars.get(calendarId()).zone());
  }

  @Transactional(readOnly = true)
  public ExperienceReport report(ExperiencePeriod period) {
    return report(period, calendarId());
  }

  @Transactional(readOnly = true)
  public ExperienceReport report(ExperiencePeriod period, String calendarId) {
    Scope scope = scope(period, calendarId);
    Map<String, List<Count>> volume = volume(scope);
    String calendarName = jdbc.sql("SELECT name FROM business_calendars WHERE id = ?").param(calendarId).query(String.class).single();
    return new ExperienceReport(
        period, calendarId, calendarName, scope.zone(), scope.backlogAt(), volume.get("channel"), volume.get("type"), byTeam(scope),
        bucketUnit(period), overTime(scope), firstResponse(scope), resolution(scope), sla(scope), backlog(scope), reopens(scope),
        satisfaction(scope));
  }

  /** One figure's query on its own, for the benchmark: {@code volume, team, time, first-response, resolution, sla, backlog, reopens, satisfaction}. */
  @Transactional(readOnly = true)
  public Object figure(String name, ExperiencePeriod period, String calendarId) {
    Scope scope = scope(period, calendarId);
    return switch (name) {
      case "volume" -> volume(scope);
      case "team" -> byTeam(scope);
      case "time" -> overTime(scope);
      case "first-response" -> firstResponse(scope);
      case "resolution" -> resolution(scope);
      case "sla" -> sla(scope);
      case "backlog" -> backlog(scope);
      case "reopens" -> reopens(scope);
      case "satisfaction" -> satisfaction(scope);
      default -> throw new IllegalArgumentException("no figure " + name);
    };
  }

  public static final List<String> FIGURES =
      List.of("volume", "team", "time", "first-response", "resolution", "sla", "backlog", "reopens", "satisfaction");

  /** What every query of one report shares: the period's instants, now, and the business days it can touch. */
  private record Scope(Instant start, Instant end, Instant now, Instant backlogAt, BusinessTime time) {
    ZoneId zone() {
      return time.zone();
    }

    Map<String, Object> parameters() {
      Map<String, Object> parameters = new HashMap<>(time.parameters());
      parameters.put("start", Timestamp.from(start));
      parameters.put("end", Timestamp.from(end));
      parameters.put("now", Timestamp.from(now));
      return parameters;
    }
  }

  private Scope scope(ExperiencePeriod period, String calendarId) {
    // a year's percentiles sort and hash a million rows: room in memory for this transaction only
    jdbc.sql("SELECT set_config('work_mem', '" + WORK_MEM + "', true)").query(String.class).single();
    BusinessCalendar calendar = calendars.get(calendarId);
    Instant now = clock.instant();
    Instant start = period.start(calendar.zone());
    Instant end = period.end(calendar.zone());
    Instant oldest = jdbc.sql("SELECT min(created_at) FROM service_requests").query(Timestamp.class).optional().map(Timestamp::toInstant)
        .orElse(start);
    LocalDate first = LocalDate.ofInstant(oldest.isBefore(start) ? oldest : start, calendar.zone());
    LocalDate last = LocalDate.ofInstant(now.isAfter(end) ? now : end, calendar.zone()).plusDays(1);
    Instant backlogAt = end.isBefore(now) ? end : now;
    return new Scope(start, end, now, backlogAt, BusinessTime.of(calendar, first, last));
  }

  private Map<String, List<Count>> volume(Scope scope) {
    Map<String, List<Count>> volume = new HashMap<>(Map.of("channel", new ArrayList<>(), "type", new ArrayList<>()));
    jdbc.sql(
            """
            SELECT channel, type, count(*) AS n FROM service_requests
            WHERE created_at >= :start AND created_at < :end
            GROUP BY GROUPING SETS ((channel), (type)) ORDER BY n DESC, channel, type""")
        .params(scope.parameters())
        .query(rs -> {
          String channel = rs.getString("channel");
          volume.get(channel != null ? "channel" : "type").add(new Count(channel != null ? channel : rs.getString("type"), rs.getLong("n")));
        });
    return volume;
  }

  private List<TeamVolume> byTeam(Scope scope) {
    return jdbc.sql(
            """
            SELECT g.team, coalesce(max(tm.name), g.team) AS name, count(*) AS tasks, count(DISTINCT t.request_id) AS requests
            FROM user_tasks t CROSS JOIN LATERAL unnest(t.candidate_groups) AS g(team) LEFT JOIN teams tm ON tm.id = g.team
            WHERE t.created_at >= :start AND t.created_at < :end
            GROUP BY g.team ORDER BY tasks DESC, g.team""")
        .params(scope.parameters())
        .query((rs, row) -> new TeamVolume(rs.getString("team"), rs.getString("name"), rs.getLong("tasks"), rs.getLong("requests")))
        .list();
  }

  /** Days for up to 31 days, weeks (from Monday) up to 26 weeks, months beyond. */
  static String bucketUnit(ExperiencePeriod period) {
    return period.days() <= 31 ? "day" : period.days() <= 182 ? "week" : "month";
  }

  private List<Count> overTime(Scope scope) {
    String unit = bucketUnit(new ExperiencePeriod(LocalDate.ofInstant(scope.start(), scope.zone()),
        LocalDate.ofInstant(scope.end(), scope.zone()).minusDays(1)));
    Map<LocalDate, Long> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT date_trunc('" + unit + "', " + local("created_at", scope) + ")::date AS bucket, count(*) AS n FROM service_requests"
            + " WHERE created_at >= :start AND created_at < :end GROUP BY 1")
        .params(scope.parameters())
        .query(rs -> {
          counts.put(rs.getObject("bucket", LocalDate.class), rs.getLong("n"));
        });
    List<Count> series = new ArrayList<>();
    LocalDate day = LocalDate.ofInstant(scope.start(), scope.zone());
    LocalDate last = LocalDate.ofInstant(scope.end(), scope.zone()).minusDays(1);
    LocalDate bucket = switch (unit) {
      case "week" -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      case "month" -> day.withDayOfMonth(1);
      default -> day;
    };
    for (; !bucket.isAfter(last); bucket = bucket.plus(1, "week".equals(unit) ? ChronoUnit.WEEKS : "month".equals(unit) ? ChronoUnit.MONTHS : ChronoUnit.DAYS)) {
      series.add(new Count(bucket.toString(), counts.getOrDefault(bucket, 0L)));
    }
    return series;
  }

  private List<Durations> firstResponse(Scope scope) {
    BusinessTime time = scope.time();
    String sql =
        "WITH " + time.utcTable() + ","
            + """
             first_reply AS (
               SELECT m.request_id, min(m.sent_at) AS at FROM mail_outbox m
               WHERE m.audience = 'CUSTOMER' AND m.status = 'SENT' AND m.sent_at >= :start AND m.request_id IS NOT NULL
                 AND split_part(m.dedup_key, ':', 1) <> ALL (CAST(:notAReply AS text[]))
               GROUP BY m.request_id)
            SELECT r.type, count(f.at) AS n, count(*) - count(f.at) AS pending,
                   percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY\s"""
            + time.hours("a", "r.created_at", "b", "f.at")
            + """
            ) AS p
            FROM service_requests r
            LEFT JOIN first_reply f ON f.request_id = r.id
            LEFT"""
            + time.joinUtc("a", "r.created_at") + "LEFT" + time.joinUtc("b", "f.at")
            + """

            WHERE r.created_at >= :start AND r.created_at < :end
            GROUP BY GROUPING SETS ((r.type), ())""";
    Map<String, Object> parameters = scope.parameters();
    parameters.put("notAReply", NOT_A_REPLY.stream().collect(java.util.stream.Collectors.joining(",", "{", "}")));
    return durations(sql, parameters);
  }

  private List<Durations> resolution(Scope scope) {
    BusinessTime time = scope.time();
    String sql =
        "WITH " + time.utcTable()
            + " SELECT r.type, count(*) AS n, 0 AS pending, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY "
            + time.hours("a", "r.created_at", "b", "r.closed_at") + ") AS p"
            + " FROM service_requests r" + time.joinUtc("a", "r.created_at") + time.joinUtc("b", "r.closed_at")
            + " WHERE r.closed_at >= :start AND r.closed_at < :end GROUP BY GROUPING SETS ((r.type), ())";
    return durations(sql, scope.parameters());
  }

  private List<Durations> durations(String sql, Map<String, Object> parameters) {
    List<Durations> rows = jdbc.sql(sql).params(parameters).query((rs, row) -> {
          Double[] p = percentiles(rs);
          String type = rs.getString("type");
          return new Durations(type == null ? ExperienceReport.ALL : type, rs.getLong("n"), p[0], p[1], rs.getLong("pending"));
        })
        .list();
    return sortedAllLast(rows, Durations::type);
  }

  private static Double[] percentiles(ResultSet rs) throws SQLException {
    Array array = rs.getArray("p");
    if (array == null) {
      return new Double[] {null, null};
    }
    Object[] values = (Object[]) array.getArray();
    return new Double[] {values[0] == null ? null : ((Number) values[0]).doubleValue(), values[1] == null ? null : ((Number) values[1]).doubleValue()};
  }

  /**
   * A target is a task's due time. It ends met at a completion in time, missed when the due time
   * passed while the task was open (it may be completed late or cancelled after its escalation
   * later); a task cancelled before its escalation ended with no verdict and is left out.
   */
  private List<Attainment> sla(Scope scope) {
    List<Attainment> rows = jdbc.sql(
            """
            WITH t AS MATERIALIZED (
              SELECT candidate_groups, met,
                     CASE WHEN met THEN completed_at
                          WHEN due_at <= :now AND (state <> 'CANCELLED' OR sla_state = 'ESCALATED') THEN due_at END AS ended_at
              FROM (SELECT candidate_groups, due_at, completed_at, state, sla_state,
                           (state = 'COMPLETED' AND completed_at <= due_at) AS met
                    FROM user_tasks
                    WHERE due_at IS NOT NULL
                      AND ((due_at >= :start AND due_at < :end) OR (completed_at >= :start AND completed_at < :end))) x)
            SELECT NULL AS team, count(*) FILTER (WHERE met) AS met, count(*) AS ended FROM t WHERE ended_at >= :start AND ended_at < :end
            UNION ALL
            SELECT g.team, count(*) FILTER (WHERE met), count(*) FROM t CROSS JOIN LATERAL unnest(t.candidate_groups) AS g(team)
            WHERE ended_at >= :start AND ended_at < :end GROUP BY g.team""")
        .params(scope.parameters())
        .query((rs, row) -> new Attainment(rs.getString("team") == null ? ExperienceReport.ALL : rs.getString("team"), rs.getLong("met"),
            rs.getLong("ended")))
        .list();
    return sortedAllLast(rows, Attainment::team);
  }

  /** Requests submitted before {@code backlogAt} and not closed by then (a resolved request is done too), by age in business days. */
  private List<Count> backlog(Scope scope) {
    BusinessTime time = scope.time();
    Map<String, Object> parameters = scope.parameters();
    parameters.put("at", Timestamp.from(scope.backlogAt()));
    parameters.put("atDays", time.businessDaysAt(scope.backlogAt()));
    long[] counts = new long[AGE_BUCKETS.size()];
    jdbc.sql("WITH " + time.daysTable()
            + " SELECT CASE WHEN age < 1 THEN 0 WHEN age < 3 THEN 1 WHEN age < 7 THEN 2 ELSE 3 END AS bucket, count(*) AS n"
            + " FROM (SELECT :atDays - " + time.businessDays("a", "r.created_at") + " AS age FROM service_requests r"
            + time.join("a", "r.created_at")
            + " WHERE r.created_at < :at AND (r.closed_at IS NULL OR r.closed_at >= :at) AND r.status <> 'RESOLVED') x GROUP BY 1")
        .params(parameters)
        .query(rs -> {
          counts[rs.getInt("bucket")] = rs.getLong("n");
        });
    List<Count> buckets = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      buckets.add(new Count(AGE_BUCKETS.get(i), counts[i]));
    }
    return buckets;
  }

  /** Requests closed in the period and, of those, reopened in it (by type); a request counts once however often it closed. */
  private List<Reopens> reopens(Scope scope) {
    List<Reopens> rows = jdbc.sql(
            """
            WITH e AS (
              SELECT request_id, bool_or(kind = 'CLOSED') AS closed, bool_or(kind = 'REOPENED') AS reopened
              FROM request_events WHERE kind IN ('CLOSED', 'REOPENED') AND occurred_at >= :start AND occurred_at < :end
              GROUP BY request_id)
            SELECT r.type, count(*) FILTER (WHERE e.closed) AS closed, count(*) FILTER (WHERE e.closed AND e.reopened) AS reopened
            FROM e JOIN service_requests r ON r.id = e.request_id
            GROUP BY GROUPING SETS ((r.type), ())""")
        .params(scope.parameters())
        .query((rs, row) -> new Reopens(rs.getString("type") == null ? ExperienceReport.ALL : rs.getString("type"), rs.getLong("closed"),
            rs.getLong("reopened")))
        .list();
    return sortedAllLast(rows.stream().filter(r -> r.closed() > 0 || r.type().equals(ExperienceReport.ALL)).toList(), Reopens::type);
  }

  private Satisfaction satisfaction(Scope scope) {
    List<Long> distribution = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
    jdbc.sql("SELECT rating, count(*) AS n FROM complaint_ratings WHERE rated_at >= :start AND rated_at < :end GROUP BY rating")
        .params(scope.parameters())
        .query(rs -> {
          distribution.set(rs.getInt("rating") - 1, rs.getLong("n"));
        });
    long count = distribution.stream().mapToLong(Long::longValue).sum();
    long sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (i + 1) * distribution.get(i);
    }
    return new Satisfaction(count, count == 0 ? null : (double) sum / count,
        count == 0 ? null : (double) (distribution.get(3) + distribution.get(4)) / count, List.copyOf(distribution));
  }

  private static String local(String column, Scope scope) {
    return column + " AT TIME ZONE '" + scope.zone().getId() + "'";
  }

  private static <T> List<T> sortedAllLast(List<T> rows, java.util.function.Function<T, String> key) {
    List<T> sorted = new ArrayList<>(rows);
    sorted.sort(java.util.Comparator.comparing((T row) -> key.apply(row).equals(ExperienceReport.ALL)).thenComparing(key));
    return List.copyOf(sorted);
  }
}
