package io.omnichannel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The history exporter's cost: the product's journey at the same stepped rates on the product
 * without the exporter, then with it (each a fresh start of the built jar on its own data
 * directory, warmed up the same way), and the ratios with ÷ without of CPU per journey (the stack:
 * application, broker and PostgreSQL), of the end-to-end latency and of the highest sustained rate.
 * The run with the exporter also counts the records it wrote, so a silent exporter cannot pass for
 * a cheap one.
 *
 * <pre>./mvnw -q -pl web,bench -am -DskipTests package exec:java -Dbench.main=io.omnichannel.bench.ExporterOverheadBenchmark</pre>
 *
 * Takes the orchestration benchmark's settings ({@code --rates=10,20,30 --step=40s …}).
 */
public final class ExporterOverheadBenchmark {

  static final String SETTING = "--orchestrator.embedded.zeebe.history-exporter=";

  public static void main(String[] args) throws Exception {
    Result result = run(OrchestrationBenchmark.Settings.parse(args), System.out::println);
    System.out.println();
    System.out.println(result.report());
  }

  /** One side: the product with or without the exporter, its steps and the records exported. */
  record Side(boolean exporter, List<StepResult> steps, long recordsExported) {

    double highestSustained() {
      return OrchestrationBenchmark.highestSustained(steps, 0);
    }
  }

  record Result(String machine, Side without, Side with) {

    String report() {
      StringBuilder out = new StringBuilder();
      out.append("History exporter overhead on ").append(machine).append('\n');
      out.append(String.format("highest sustained rate: without %.0f/s, with %.0f/s, with / without %.2f%n",
          without.highestSustained(), with.highestSustained(), with.highestSustained() / without.highestSustained()));
      out.append(String.format("records exported by the run with the exporter: %d%n", with.recordsExported()));
      out.append("rate/s | stack CPU ms per journey without | with | ratio | application without | with"
          + " | broker without | with | PostgreSQL without | with | p50 ms without | with | p99 ms without | with\n");
      for (int i = 0; i < Math.min(without.steps().size(), with.steps().size()); i++) {
        StepResult a = without.steps().get(i);
        StepResult b = with.steps().get(i);
        out.append(String.format("%.0f | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f%n",
            a.load().rate(), stack(a), stack(b), stack(b) / stack(a),
            part(a, CpuTime.APPLICATION), part(b, CpuTime.APPLICATION), part(a, CpuTime.BROKER), part(b, CpuTime.BROKER),
            part(a, CpuTime.POSTGRES), part(b, CpuTime.POSTGRES),
            (double) a.endToEndMillis().getValueAtPercentile(50), (double) b.endToEndMillis().getValueAtPercentile(50),
            (double) a.endToEndMillis().getValueAtPercentile(99), (double) b.endToEndMillis().getValueAtPercentile(99)));
      }
      return out.toString();
    }
  }

  /** CPU milliseconds per completed journey of the application, the broker and PostgreSQL together. */
  static double stack(StepResult step) {
    return part(step, CpuTime.APPLICATION) + part(step, CpuTime.BROKER) + part(step, CpuTime.POSTGRES);
  }

  private static double part(StepResult step, String part) {
    return step.cpu().millisPer(part, step.completed());
  }

  static Result run(OrchestrationBenchmark.Settings settings, Consumer<String> progress) throws Exception {
    Side without = side(false, settings, progress);
    Side with = side(true, settings, progress);
    return new Result(Machine.describe(), without, with);
  }

  private static Side side(boolean exporter, OrchestrationBenchmark.Settings settings, Consumer<String> progress) throws Exception {
    Path dataDir = Files.createTempDirectory("exporter-overhead");
    progress.accept((exporter ? "with" : "without") + " the history exporter: starting " + settings.jar() + " on " + dataDir);
    try (ApplicationUnderTest application =
            ApplicationUnderTest.start(settings.jar(), dataDir, Duration.ofMinutes(3), List.of(SETTING + exporter));
        ProductJourney product = new ProductJourney(application.baseUrl(), application.jdbcUrl(), settings.apiKey(), application.log())) {
      CpuTime cpu = application.cpuTime();
      OrchestrationBenchmark.warmUp(product, settings, cpu, progress);
      List<StepResult> steps = new ArrayList<>();
      for (double rate : settings.rates()) {
        StepResult step = OrchestrationBenchmark.step(product, rate, settings.step(), settings.steadyFrom(), settings, cpu, progress);
        steps.add(step);
        if (!step.sustainable()) {
          break;
        }
      }
      return new Side(exporter, steps, recordsExported(application.jdbcUrl()));
    } finally {
      OrchestrationBenchmark.deleteQuietly(dataDir);
    }
  }

  private static long recordsExported(String jdbcUrl) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from history_records")) {
      count.next();
      return count.getLong(1);
    }
  }
}
