package io.omnichannel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How much the product costs on top of the engine. Starts the built application jar (with its
 * embedded broker, PostgreSQL and mail server) and, on that one broker, loads in turn:
 *
 * <ol>
 *   <li>the raw baseline ({@link RawZeebeJourney}: the same model under another id, no-op
 *       workers) and then the product end to end ({@link ProductJourney}), each at stepped
 *       open-loop rates until a step is not sustained; the highest sustained rates, their ratio
 *       and the request latencies at the same rate;
 *   <li>both at a fifth of the product's sustained rate, step by step (the hand-off per task);
 *   <li>the intake's latency at each rate, and the memory of the application and the broker.
 * </ol>
 *
 * <pre>./mvnw -q -pl web,bench -am -DskipTests package exec:java -Dbench.main=io.omnichannel.bench.OrchestrationBenchmark</pre>
 */
public final class OrchestrationBenchmark {

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    Result result = run(settings, System.out::println);
    System.out.println();
    System.out.println(result.report());
  }

  static Result run(Settings settings, Consumer<String> progress) throws Exception {
    Path dataDir = Files.createTempDirectory("orchestration-bench");
    progress.accept("starting " + settings.jar() + " on " + dataDir);
    try (ApplicationUnderTest application = ApplicationUnderTest.start(settings.jar(), dataDir, Duration.ofMinutes(3))) {
      var idle = application.memory();
      try (RawZeebeJourney raw = new RawZeebeJourney(application.gatewayAddress(), application.brokerRestAddress());
          ProductJourney product = new ProductJourney(application.baseUrl(), application.jdbcUrl(), settings.apiKey())) {
        List<StepResult> rawSteps = steps(raw, settings, progress);
        var afterRaw = application.memory();
        List<StepResult> productSteps = steps(product, settings, progress);
        var afterProduct = application.memory();
        double handOffRate = Math.max(1, settings.handOffFraction() * highestSustained(productSteps, settings.rates().getFirst()));
        StepResult rawHandOff = step(raw, handOffRate, settings.handOff(), Duration.ZERO, settings, progress);
        StepResult productHandOff = step(product, handOffRate, settings.handOff(), Duration.ZERO, settings, progress);
        return new Result(
            settings, Machine.describe(), rawSteps, productSteps, rawHandOff, productHandOff,
            List.of(new Phase("idle, after start", idle), new Phase("after the raw Zeebe steps", afterRaw),
                new Phase("after the product steps", afterProduct)));
      }
    } finally {
      deleteQuietly(dataDir);
    }
  }

  /** Warm-up, then rate after rate until one is not sustained; waits for the backlog after that one. */
  private static List<StepResult> steps(Journey journey, Settings settings, Consumer<String> progress) throws Exception {
    if (!settings.warmup().isZero()) {
      progress.accept(journey.name() + ": warm-up " + settings.warmup().toSeconds() + " s at " + settings.rates().getFirst() + "/s");
      step(journey, settings.rates().getFirst(), settings.warmup(), Duration.ZERO, settings, progress);
    }
    List<StepResult> steps = new ArrayList<>();
    for (double rate : settings.rates()) {
      StepResult step = step(journey, rate, settings.step(), settings.steadyFrom(), settings, progress);
      steps.add(step);
      if (!step.sustainable()) {
        awaitDone(journey, step.load().starts().stream().map(OpenLoad.Start::id).toList(), settings.backlog());
        break;
      }
    }
    return steps;
  }

  private static StepResult step(
      Journey journey, double rate, Duration duration, Duration steadyFrom, Settings settings, Consumer<String> progress)
      throws Exception {
    OpenLoad.Result load = OpenLoad.run(rate, duration, journey::start);
    List<String> ids = load.starts().stream().map(OpenLoad.Start::id).toList();
    Map<String, Journey.Completion> done = awaitDone(journey, ids, settings.drain());
    StepResult step = StepResult.of(journey, load, done, duration, steadyFrom, journey.internalBackpressure(ids));
    progress.accept(String.format("%s at %.0f/s: %d sent, %d accepted, %d rejected, %d failed, %d completed; steady window %d of %d"
            + " (%.1f %%); request p50 %.1f ms p99 %.1f ms; %s",
        journey.name(), rate, load.scheduled(), load.accepted(), load.rejected(), load.failed(), step.completed(),
        step.windowCompleted(), step.windowScheduled(), 100 * step.completedShare(), step.requestP50Millis(),
        step.requestP99Millis(), step.sustainable() ? "sustained" : "NOT sustained"));
    progress.accept("  median ms per step: " + stepMedians(step));
    return step;
  }

  private static String stepMedians(StepResult step) {
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < step.stepNames().size(); i++) {
      steps.add(String.format("%s %.0f", step.stepNames().get(i), step.stepMedianMillis().get(i)));
    }
    return String.join(", ", steps);
  }

  private static Map<String, Journey.Completion> awaitDone(Journey journey, List<String> ids, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Journey.Completion> done = journey.completions(ids);
    while (done.size() < ids.size() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      done = journey.completions(ids);
    }
    return done;
  }

  static double highestSustained(List<StepResult> steps, double otherwise) {
    return steps.stream().filter(StepResult::sustainable).mapToDouble(s -> s.load().rate()).max().orElse(otherwise);
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    } catch (Exception ignored) {
      // a temporary directory; the operating system cleans it up eventually
    }
  }

  record Phase(String name, List<ApplicationUnderTest.Memory> memory) {}

  record Settings(
      Path jar, List<Double> rates, Duration step, Duration steadyFrom, Duration drain, Duration backlog, Duration warmup,
      Duration handOff, double handOffFraction, String apiKey) {

    static Settings parse(String[] args) {
      Settings settings =
          new Settings(defaultJar(), List.of(5.0, 10.0, 20.0, 30.0, 38.0, 45.0, 52.0, 60.0, 80.0, 100.0, 130.0), Duration.ofSeconds(20),
              Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ofSeconds(20),
              0.2, "demo-shop-key");
      for (String arg : args) {
        String[] pair = arg.replaceFirst("^--", "").split("=", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        settings = settings.with(pair[0], pair[1]);
      }
      if (settings.steadyFrom().compareTo(settings.step()) >= 0) {
        throw new IllegalArgumentException("--steady-from must be shorter than --step");
      }
      return settings;
    }

    /** {@code web/target/omnichannel-orchestrator.jar} from the repository root or from a module directory. */
    private static Path defaultJar() {
      Path fromRoot = Path.of("web/target/omnichannel-orchestrator.jar");
      return Files.exists(fromRoot) ? fromRoot.toAbsolutePath() : Path.of("../web/target/omnichannel-orchestrator.jar").toAbsolutePath();
    }

    Settings with(String name, String value) {
      return switch (name) {
        case "jar" -> new Settings(Path.of(value).toAbsolutePath(), rates, step, steadyFrom, drain, backlog, warmup, handOff, handOffFraction, apiKey);
        case "rates" -> new Settings(jar, Arrays.stream(value.split(",")).map(Double::parseDouble).toList(), step, steadyFrom, drain, backlog, warmup, handOff, handOffFraction, apiKey);
        case "step" -> new Settings(jar, rates, seconds(value), steadyFrom, drain, backlog, warmup, handOff, handOffFraction, apiKey);
        case "steady-from" -> new Settings(jar, rates, step, seconds(value), drain, backlog, warmup, handOff, handOffFraction, apiKey);
        case "drain" -> new Settings(jar, rates, step, steadyFrom, seconds(value), backlog, warmup, handOff, handOffFraction, apiKey);
        case "backlog" -> new Settings(jar, rates, step, steadyFrom, drain, seconds(value), warmup, handOff, handOffFraction, apiKey);
        case "warmup" -> new Settings(jar, rates, step, steadyFrom, drain, backlog, seconds(value), handOff, handOffFraction, apiKey);
        case "hand-off" -> new Settings(jar, rates, step, steadyFrom, drain, backlog, warmup, seconds(value), handOffFraction, apiKey);
        case "hand-off-fraction" -> new Settings(jar, rates, step, steadyFrom, drain, backlog, warmup, handOff, Double.parseDouble(value), apiKey);
        case "api-key" -> new Settings(jar, rates, step, steadyFrom, drain, backlog, warmup, handOff, handOffFraction, value);
        default -> throw new IllegalArgumentException("unknown setting " + name
            + " (jar, rates, step, steady-from, drain, backlog, warmup, hand-off, hand-off-fraction, api-key)");
      };
    }

    /** {@code 20s}, {@code 1m}, {@code 500ms} or plain seconds. */
    private static Duration seconds(String value) {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      if (value.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(value.replaceFirst("s$", "")) * 1000));
    }
  }

  record Result(
      Settings settings, String machine, List<StepResult> rawSteps, List<StepResult> productSteps, StepResult rawHandOff,
      StepResult productHandOff, List<Phase> memory) {

    String report() {
      return new OrchestrationReport(this).text();
    }
  }
}
