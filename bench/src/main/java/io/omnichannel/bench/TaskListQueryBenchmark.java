package io.omnichannel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.tasks.TaskQuery;
import io.omnichannel.tasks.UserTasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task list's queries on a large mirror: fills a real PostgreSQL (the product's own schema, by
 * its Flyway migrations) with {@code --tasks} user tasks of which {@code --open} are open, then
 * times the queries the task list runs through the product's own {@link UserTasks}, against a
 * primary-key lookup of one task measured in the same run.
 *
 * <pre>./mvnw -q -pl bench -am compile exec:java -Dbench.main=io.omnichannel.bench.TaskListQueryBenchmark -Dexec.args="--tasks=1000000"</pre>
 */
public final class TaskListQueryBenchmark {

  static final String REVIEW_ELEMENT = "UserTask_ReviewManualRequest";

  public static void main(String[] args) throws IOException {
    Settings settings = Settings.parse(args);
    System.out.println(run(settings).report());
  }

  static Result run(Settings settings) throws IOException {
    Path dataDir = Files.createTempDirectory("task-list-bench");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start()) {
      HikariConfig pool = new HikariConfig();
      pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      pool.setUsername("postgres");
      pool.setPassword("postgres");
      pool.setMaximumPoolSize(4);
      try (HikariDataSource dataSource = new HikariDataSource(pool)) {
        return run(settings, dataSource);
      }
    }
  }

  private static Result run(Settings settings, DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    long fillStart = System.nanoTime();
    fill(jdbc, settings);
    double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
    long open = jdbc.sql("select count(*) from user_tasks where state = 'OPEN'").query(Long.class).single();
    UserTasks tasks = new UserTasks(jdbc, new ObjectMapper().findAndRegisterModules());
    return measure(tasks, settings, open, fillSeconds);
  }

  /** Synthetic but shaped like the product's: teams, due dates over weeks, customers, stores. */
  static void fill(JdbcClient jdbc, Settings settings) {
    jdbc.sql(
            """
            insert into user_tasks (job_key, process_instance_key, element_instance_key, bpmn_process_id,
                element_id, request_id, reference, name, candidate_groups, due_at, form_key, variables, state,
                created_at, completed_at, lease_expires_at, priority, request_type, channel, store_id,
                customer_name, customer_number, customer_email)
            select i, i * 10, i * 10 + 1, 'manual-request', :element, gen_random_uuid(),
                   'SR-2026-' || lpad(i::text, 7, '0'), 'Review manual request',
                   array['team-' || (i % :teams)], now() + ((i * 7919) % 40320 - 4000) * interval '1 minute',
                   'manual-request-review', jsonb_build_object('requestId', i),
                   case when (i * 2654435761) % 10000 < :openPerTenThousand then 'OPEN' else 'COMPLETED' end,
                   now() - interval '30 days', null, now() + interval '10 minutes', 50,
                   case when i % 5 = 0 then 'GENERAL_QUESTION' else 'MANUAL_REQUEST' end,
                   case i % 3 when 0 then 'WEB' when 1 then 'EMAIL' else 'PHONE' end,
                   'store-' || (i % 40), 'Customer ' || (i % :customers), 'K-' || (100000 + i % :customers),
                   'customer' || (i % :customers) || '@example.com'
            from generate_series(1::bigint, :tasks) as i
            """)
        .param("element", REVIEW_ELEMENT)
        .param("teams", settings.teams())
        .param("openPerTenThousand", Math.round(settings.openFraction() * 10_000))
        .param("customers", settings.customers())
        .param("tasks", settings.tasks())
        .update();
    jdbc.sql("analyze").update();
  }

  static Result measure(UserTasks tasks, Settings settings, long open, double fillSeconds) {
    SplittableRandom random = new SplittableRandom(42);
    Instant now = Instant.now();
    LongSupplier primaryKey = () -> tasks.find(1 + random.nextLong(settings.tasks())).map(t -> 1L).orElse(0L);
    LongSupplier teamQueue =
        () -> tasks.teamQueue(TaskQuery.teamQueue("team-" + random.nextInt(settings.teams()), "bench", now)).tasks().size();
    LongSupplier customerFilter =
        () -> {
          String customer = "K-" + (100000 + random.nextInt(settings.customers()));
          TaskQuery query =
              new TaskQuery(TaskQuery.Scope.TEAM, "team-" + random.nextInt(settings.teams()), "bench", List.of(), null,
                  null, TaskQuery.SlaFilter.ANY, null, customer, null, TaskQuery.Sort.DUE_ASC, 0, TaskQuery.PAGE_SIZE, now);
          return tasks.teamQueue(query).tasks().size();
        };
    LongSupplier overdueFilter =
        () -> {
          TaskQuery query =
              new TaskQuery(TaskQuery.Scope.TEAM, "team-" + random.nextInt(settings.teams()), "bench", List.of(),
                  "MANUAL_REQUEST", null, TaskQuery.SlaFilter.OVERDUE, null, null, null, TaskQuery.Sort.DUE_ASC, 0,
                  TaskQuery.PAGE_SIZE, now);
          return tasks.teamQueue(query).tasks().size();
        };
    Latencies pk = Latencies.of("primary-key lookup of one task (baseline)", primaryKey, settings);
    return new Result(
        settings,
        open,
        fillSeconds,
        pk,
        List.of(
            Latencies.of("team queue by due date, first 50", teamQueue, settings),
            Latencies.of("team queue filtered by customer number", customerFilter, settings),
            Latencies.of("team queue, overdue manual requests", overdueFilter, settings)));
  }

  record Settings(int tasks, double openFraction, int teams, int customers, int warmup, int samples) {

    static Settings parse(String[] args) {
      Settings settings = new Settings(1_000_000, 0.03, 20, 50_000, 500, 3_000);
      for (String arg : args) {
        String[] pair = arg.replaceFirst("^--", "").split("=", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        settings = settings.with(pair[0], pair[1]);
      }
      return settings;
    }

    Settings with(String name, String value) {
      return switch (name) {
        case "tasks" -> new Settings(Integer.parseInt(value), openFraction, teams, customers, warmup, samples);
        case "open" -> new Settings(tasks, Double.parseDouble(value), teams, customers, warmup, samples);
        case "teams" -> new Settings(tasks, openFraction, Integer.parseInt(value), customers, warmup, samples);
        case "customers" -> new Settings(tasks, openFraction, teams, Integer.parseInt(value), warmup, samples);
        case "warmup" -> new Settings(tasks, openFraction, teams, customers, Integer.parseInt(value), samples);
        case "samples" -> new Settings(tasks, openFraction, teams, customers, warmup, Integer.parseInt(value));
        default -> throw new IllegalArgumentException(
            "unknown setting " + name + " (tasks, open, teams, customers, warmup, samples)");
      };
    }
  }

  record Result(Settings settings, long openTasks, double fillSeconds, Latencies baseline, List<Latencies> queries) {

    String report() {
      StringBuilder out = new StringBuilder();
      out.append(String.format("tasks: %,d (%,d open), teams: %d, customers: %,d; filled in %.1f s; %d samples each%n",
          settings.tasks(), openTasks, settings.teams(), settings.customers(), fillSeconds, settings.samples()));
      out.append(String.format("%-46s %9s %9s %9s %9s%n", "query", "p50 ms", "p99 ms", "p50 ×pk", "p99 ×pk"));
      for (Latencies latencies : java.util.stream.Stream.concat(java.util.stream.Stream.of(baseline), queries.stream()).toList()) {
        out.append(String.format("%-46s %9.3f %9.3f %9.1f %9.1f%n", latencies.name(), latencies.p50Millis(),
            latencies.p99Millis(), latencies.p50Millis() / baseline.p50Millis(), latencies.p99Millis() / baseline.p99Millis()));
      }
      return out.toString();
    }
  }
}
