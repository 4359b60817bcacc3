package io.omnichannel.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.omnichannel.experience.CustomerExperience;
import io.omnichannel.experience.ExperiencePeriod;
import io.omnichannel.experience.ExperienceReport;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.sla.GermanPublicHolidays;
import io.omnichannel.sla.OpeningHours;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer-experience dashboard's queries over a year of history: fills a real PostgreSQL (the
 * product's schema, by its Flyway migrations) with {@code --requests} requests spread over the last
 * 365 days, with their mails, history events, tasks and ratings, then times every figure of {@link
 * CustomerExperience} for the last year and the last 30 days. Cold: the first run of a query on a
 * PostgreSQL just restarted on the filled data directory (empty shared buffers; the operating
 * system's page cache stays warm). Warm: the median of {@code --runs} further runs. The baseline is
 * the plainest query over the same rows, a count of the period's requests, timed the same way.
 *
 * <pre>
 * ./mvnw -q -pl processes,workers,bench package -DskipTests dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp
 * java -cp bench/target/classes:$(cat /tmp/bench.cp) io.omnichannel.bench.DashboardQueryBenchmark --requests=1000000 --runs=3
 * </pre>
 */
public final class DashboardQueryBenchmark {

  static final String CALENDAR = "bench-store-hours";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  public static void main(String[] args) throws IOException {
    System.out.println(run(Settings.parse(args)).report());
  }

  record Settings(int requests, int runs) {

    static Settings parse(String[] args) {
      Settings settings = new Settings(1_000_000, 5);
      for (String arg : args) {
        String[] pair = arg.replaceFirst("^--", "").split("=", 2);
        settings = switch (pair.length == 2 ? pair[0] : "") {
          case "requests" -> new Settings(Integer.parseInt(pair[1]), settings.runs());
          case "runs" -> new Settings(settings.requests(), Integer.parseInt(pair[1]));
          default -> throw new IllegalArgumentException("expected --requests=N or --runs=N, got " + arg);
        };
      }
      return settings;
    }
  }

  /** One figure's times in one period. */
  record Timing(String period, String figure, double coldMillis, double warmMillis) {}

  record Result(Settings settings, Map<String, Long> rows, double fillSeconds, List<Timing> timings, ExperienceReport year) {

    String report() {
      StringBuilder out = new StringBuilder();
      out.append(String.format("%s%nrows: %s; filled in %.1f s; warm = median of %d runs%n", Machine.describe(), rows, fillSeconds,
          settings.runs()));
      out.append(String.format("%-9s %-16s %10s %10s %10s%n", "period", "figure", "cold ms", "warm ms", "warm ×base"));
      for (Timing timing : timings) {
        double base = timings.stream().filter(t -> t.period().equals(timing.period()) && t.figure().equals("baseline"))
            .findFirst().orElseThrow().warmMillis();
        out.append(String.format("%-9s %-16s %10.1f %10.1f %10.1f%n", timing.period(), timing.figure(), timing.coldMillis(),
            timing.warmMillis(), timing.warmMillis() / base));
      }
      return out.toString();
    }
  }

  static Result run(Settings settings) throws IOException {
    Path dataDir = Files.createTempDirectory("dashboard-bench");
    try {
      Map<String, Long> rows;
      double fillSeconds;
      try (EmbeddedPostgres postgres = start(dataDir); HikariDataSource dataSource = pool(postgres)) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long fillStart = System.nanoTime();
        fill(jdbc, settings.requests());
        fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        rows = new LinkedHashMap<>();
        for (String table : List.of("service_requests", "mail_outbox", "request_events", "user_tasks", "complaint_ratings")) {
          rows.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
      }
      return measure(dataDir, settings, rows, fillSeconds);
    } finally {
      deleteRecursively(dataDir);
    }
  }

  /** Never cleaned on close (the restarts need the data): initialised on the first start into the empty directory, deleted at the end. */
  private static EmbeddedPostgres start(Path dataDir) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
  }

  private static HikariDataSource pool(EmbeddedPostgres postgres) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setPassword("postgres");
    pool.setMaximumPoolSize(2);
    return new HikariDataSource(pool);
  }

  /**
   * A year of history shaped like the product's: five request types on six channels, arriving
   * evenly; 97 % closed within five days, the others open; an acknowledgement and (for 95 %) a reply
   * per request; three history events each (received, acknowledged, closed) and a reopening for one
   * closed complaint in ten; one task per request for one of eight teams, due a day later; a rating
   * for every second closed complaint. Request ids are {@code md5(i)}, so every table is one
   * generate_series without joins.
   */
  static void fill(JdbcClient jdbc, int requests) {
    BusinessCalendars calendars = new BusinessCalendars(jdbc);
    OpeningHours weekday = OpeningHours.of("09:00", "18:00");
    calendars.save(CALENDAR, "Store hours (bench)", new BusinessCalendar(CALENDAR, BERLIN, Map.of(
        DayOfWeek.MONDAY, List.of(weekday), DayOfWeek.TUESDAY, List.of(weekday), DayOfWeek.WEDNESDAY, List.of(weekday),
        DayOfWeek.THURSDAY, List.of(weekday), DayOfWeek.FRIDAY, List.of(weekday),
        DayOfWeek.SATURDAY, List.of(OpeningHours.of("10:00", "16:00"))), Set.of()));
    int year = LocalDate.now(BERLIN).getYear();
    for (int y = year - 2; y <= year; y++) {
      GermanPublicHolidays.nationwide(y).forEach((date, name) -> calendars.addHoliday(CALENDAR, date, name));
    }
    String history =
        """
        CREATE UNLOGGED TABLE bench_history AS
        SELECT i, md5(i::text)::uuid AS id,
               (ARRAY['MANUAL_REQUEST','GENERAL_QUESTION','COMPLAINT','RESERVATION','CLICK_AND_COLLECT'])[1 + i % 5] AS type,
               (ARRAY['WEB','EMAIL','PHONE','STORE','API','PUBLIC'])[1 + (i / 5) % 6] AS channel,
               created, created + ((i * 7919) % 7200) * interval '1 minute' AS closed
        FROM (SELECT i, now() - interval '365 days' + (i::float8 / :n) * interval '365 days' AS created
              FROM generate_series(1::bigint, :n) AS i) g""";
    jdbc.sql(history).param("n", requests).update();
    jdbc.sql("UPDATE bench_history SET closed = NULL WHERE closed > now() OR (i * 2654435761) % 100 < 3").update();
    jdbc.sql(
            """
            INSERT INTO service_requests (id, reference, tracking_token, type, channel, status, contact_name, contact_email,
                type_number, expected_by, created_at, updated_at, closed_at)
            SELECT id, 'B-' || i, 'bench-' || i, type, channel, CASE WHEN closed IS NULL THEN 'WAITING_FOR_STAFF' ELSE 'CLOSED' END,
                   'Customer ' || i, 'c' || i || '@example.com', 'T-' || (i % 100), created + interval '2 days', created,
                   coalesce(closed, created), closed
            FROM bench_history""")
        .update();
    jdbc.sql(
            """
            INSERT INTO mail_outbox (id, dedup_key, request_id, recipient, subject, body, status, next_attempt_at, created_at, sent_at, audience)
            SELECT gen_random_uuid(), k.prefix || i, id, 'c' || i || '@example.com', 'Mail', 'Body', 'SENT', at, at, at, 'CUSTOMER'
            FROM bench_history
            CROSS JOIN LATERAL (VALUES ('ack:', created + interval '1 minute'),
                                       ('answer:', CASE WHEN i % 20 <> 0 THEN created + ((i * 31) % 2880) * interval '1 minute' END)) AS k(prefix, at)
            WHERE k.at IS NOT NULL AND k.at <= now()""")
        .update();
    jdbc.sql(
            """
            INSERT INTO request_events (id, request_id, occurred_at, kind, summary, customer_visible, actor)
            SELECT gen_random_uuid(), id, k.at, k.kind, k.kind, true, 'system'
            FROM bench_history
            CROSS JOIN LATERAL (VALUES ('RECEIVED', created), ('ACKNOWLEDGED', created + interval '1 minute'), ('CLOSED', closed),
                                       ('REOPENED', CASE WHEN type = 'COMPLAINT' AND i % 50 = 2 THEN closed + interval '1 day' END)) AS k(kind, at)
            WHERE k.at IS NOT NULL AND k.at <= now()""")
        .update();
    jdbc.sql(
            """
            INSERT INTO user_tasks (job_key, process_instance_key, element_instance_key, bpmn_process_id, element_id, request_id, name,
                candidate_groups, due_at, state, sla_state, created_at, completed_at, lease_expires_at)
            SELECT i, i, i, 'bench', 'UserTask_Bench', id, 'Bench task', ARRAY['team-' || (i % 8)], created + interval '1 day',
                   CASE WHEN closed IS NULL THEN 'OPEN' ELSE 'COMPLETED' END, 'ON_TIME', created + interval '5 minutes', closed,
                   created + interval '1 day'
            FROM bench_history""")
        .update();
    jdbc.sql(
            """
            INSERT INTO complaint_ratings (request_id, token, invited_at, expires_at, rating, rated_at)
            SELECT id, 'bench-' || i, closed, closed + interval '14 days', 1 + (i / 5) % 5, closed + interval '1 day'
            FROM bench_history WHERE type = 'COMPLAINT' AND closed IS NOT NULL AND i % 2 = 0 AND closed + interval '1 day' <= now()""")
        .update();
    jdbc.sql("DROP TABLE bench_history").update();
    jdbc.sql("VACUUM ANALYZE").update();
  }

  /** Each figure on a freshly started PostgreSQL, so its first run reads nothing from the shared buffers. */
  static Result measure(Path dataDir, Settings settings, Map<String, Long> rows, double fillSeconds) throws IOException {
    LocalDate today = LocalDate.now(BERLIN);
    Map<String, ExperiencePeriod> periods = new LinkedHashMap<>();
    periods.put("year", new ExperiencePeriod(today.minusDays(364), today));
    periods.put("30 days", ExperiencePeriod.Preset.LAST_30_DAYS.on(today));
    List<String> figures = new ArrayList<>(List.of("baseline"));
    figures.addAll(CustomerExperience.FIGURES);
    figures.add("whole report");
    List<Timing> timings = new ArrayList<>();
    ExperienceReport year = null;
    for (var period : periods.entrySet()) {
      ExperiencePeriod days = period.getValue();
      for (String figure : figures) {
        try (EmbeddedPostgres postgres = start(dataDir); HikariDataSource dataSource = pool(postgres)) {
          JdbcClient jdbc = JdbcClient.create(dataSource);
          CustomerExperience experience = new CustomerExperience(jdbc, new BusinessCalendars(jdbc), Clock.systemUTC(), CALENDAR);
          // one read-only transaction per call, as the product's @Transactional gives it (its work_mem is the transaction's)
          TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
          transaction.setReadOnly(true);
          Supplier<Object> query = switch (figure) {
            case "baseline" -> () -> transaction.execute(tx -> jdbc.sql("SELECT count(*) FROM service_requests WHERE created_at >= ? AND created_at < ?")
                .params(Timestamp.from(days.start(BERLIN)), Timestamp.from(days.end(BERLIN))).query(Long.class).single());
            case "whole report" -> () -> transaction.execute(tx -> experience.report(days, CALENDAR));
            default -> () -> transaction.execute(tx -> experience.figure(figure, days, CALENDAR));
          };
          timings.add(time(period.getKey(), figure, settings.runs(), query));
          if (year == null) {
            year = transaction.execute(tx -> experience.report(periods.get("year"), CALENDAR));
          }
        }
      }
    }
    return new Result(settings, rows, fillSeconds, timings, year);
  }

  private static Timing time(String period, String figure, int runs, Supplier<Object> query) {
    long start = System.nanoTime();
    query.get();
    double cold = (System.nanoTime() - start) / 1e6;
    double[] warm = new double[runs];
    for (int i = 0; i < runs; i++) {
      start = System.nanoTime();
      query.get();
      warm[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(warm);
    return new Timing(period, figure, cold, runs % 2 == 1 ? warm[runs / 2] : (warm[runs / 2 - 1] + warm[runs / 2]) / 2);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
