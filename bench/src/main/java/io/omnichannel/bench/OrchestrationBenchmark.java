package io.omnichannel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How much the product costs on top of the engine. Starts the built application jar (with its
 * embedded broker, PostgreSQL and mail server) and, on that one broker, loads in turn:
 *
 * <ol>
 *   <li>the raw baseline ({@link RawZeebeJourney}: the same model under another id, no-op
 *       workers) and the product end to end ({@link ProductJourney}), each warmed up until the
 *       JIT compilers are quiet, then taking turns at stepped open-loop rates until a step is not
 *       sustained; the highest sustained rates, their ratio, the request latencies at the same
 *       rate and the CPU a journey costs each part of the stack;
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
          ProductJourney product = new ProductJourney(application.baseUrl(), application.jdbcUrl(), settings.apiKey(), application.log())) {
        CpuTime cpu = application.cpuTime();
        WarmUp rawWarmUp = warmUp(raw, settings, cpu, progress);
        WarmUp productWarmUp = warmUp(product, settings, cpu, progress);
        var afterWarmUps = application.memory();
        List<StepResult> rawSteps = new ArrayList<>();
        List<StepResult> productSteps = new ArrayList<>();
        for (double rate : settings.rates()) {
          boolean rawGoesOn = stepUnlessFallenBehind(raw, rawSteps, rate, settings, cpu, progress);
          boolean productGoesOn = stepUnlessFallenBehind(product, productSteps, rate, settings, cpu, progress);
          if (!rawGoesOn && !productGoesOn) {
            break;
          }
        }
        var afterSteps = application.memory();
        double handOffRate = Math.max(1, settings.handOffFraction() * highestSustained(productSteps, settings.rates().getFirst()));
        StepResult rawHandOff = step(raw, handOffRate, settings.handOff(), Duration.ZERO, settings, cpu, progress);
        StepResult productHandOff = step(product, handOffRate, settings.handOff(), Duration.ZERO, settings, cpu, progress);
        return new Result(
            settings, Machine.describe(), rawWarmUp, productWarmUp, rawSteps, productSteps, rawHandOff, productHandOff,
            List.of(new Phase("idle, after start", idle), new Phase("after the warm-ups", afterWarmUps),
                new Phase("after the steps", afterSteps)));
      }
    } finally {
      deleteQuietly(dataDir);
    }
  }

  /**
   * The raw baseline and the product take turns, rate by rate, so both meet the broker at the same
   * age (its state grows with every journey, and it takes a snapshot every few minutes); a side
   * stops at its first step that is not sustained, after its backlog is done.
   *
   * @return whether the side goes on to the next rate
   */
  private static boolean stepUnlessFallenBehind(
      Journey journey, List<StepResult> steps, double rate, Settings settings, CpuTime cpu, Consumer<String> progress)
      throws Exception {
    if (!steps.isEmpty() && !steps.getLast().sustainable()) {
      return false;
    }
    StepResult step = step(journey, rate, settings.step(), settings.steadyFrom(), settings, cpu, progress);
    steps.add(step);
    if (!step.sustainable()) {
      awaitDone(journey, step.load().starts().stream().map(OpenLoad.Start::id).toList(), settings.backlog());
    }
    return step.sustainable();
  }

  /**
   * Load at the warm-up rate, in rounds of {@link #WARM_UP_ROUND}, until the JIT compilers of the
   * application, the broker and the benchmark together spent less than the quiet share of a core in
   * a round, or the warm-up's limit is reached. The product's application has far more code to
   * compile than the raw baseline's no-op workers; a fixed short warm-up measured its compiler
   * (half the application's CPU after 40 s at 20/s), not the product.
   */
  static WarmUp warmUp(Journey journey, Settings settings, CpuTime cpu, Consumer<String> progress) throws Exception {
    if (settings.warmup().isZero()) {
      return WarmUp.NONE;
    }
    long startNanos = System.nanoTime();
    long deadline = startNanos + settings.warmup().toNanos();
    List<String> ids = new ArrayList<>();
    double compilerCores;
    CpuTime.Sample before = cpu.sample();
    do {
      OpenLoad.Result load = OpenLoad.run(settings.warmupRate(), WARM_UP_ROUND, journey::start);
      load.starts().forEach(start -> ids.add(start.id()));
      CpuTime.Sample now = cpu.sample();
      compilerCores = now.since(before).compilerCores();
      before = now;
    } while (compilerCores >= settings.warmupQuietCores() && System.nanoTime() < deadline);
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
    awaitDone(journey, ids, settings.drain());
    journey.internalBackpressureReasons().forEach((reason, times) -> progress.accept(
        String.format("%s: warm-up pushed back inside %d times: %s", journey.name(), times, reason)));
    WarmUp warmUp = new WarmUp(settings.warmupRate(), took, ids.size(), compilerCores);
    progress.accept(String.format("%s: warm-up %d s at %.0f/s, %d journeys; JIT compilers at the end %.2f cores%s", journey.name(),
        took.toSeconds(), warmUp.rate(), warmUp.journeys(), compilerCores, warmUp.quiet(settings) ? "" : " (not quiet: limit reached)"));
    return warmUp;
  }

  static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);

  /** How one side was warmed up: for how long, and how busy the JIT compilers still were in its last round. */
  record WarmUp(double rate, Duration took, long journeys, double compilerCoresAtEnd) {
    static final WarmUp NONE = new WarmUp(0, Duration.ZERO, 0, Double.NaN);

    boolean quiet(Settings settings) {
      return compilerCoresAtEnd < settings.warmupQuietCores();
    }
  }

  static StepResult step(
      Journey journey, double rate, Duration duration, Duration steadyFrom, Settings settings, CpuTime cpu,
      Consumer<String> progress) throws Exception {
    CpuTime.Sample before = cpu.sample();
    OpenLoad.Result load = OpenLoad.run(rate, duration, journey::start);
    List<String> ids = load.starts().stream().map(OpenLoad.Start::id).toList();
    Map<String, Journey.Completion> done = awaitDone(journey, ids, settings.drain());
    CpuTime.Usage used = cpu.sample().since(before);
    StepResult step = StepResult.of(journey, load, done, duration, steadyFrom, settings.grace(), journey.internalBackpressure(ids), used);
    progress.accept(String.format("%s at %.0f/s: %d sent, %d accepted, %d rejected, %d failed, %d completed; steady window %d of %d"
            + " (%.1f %%); request p50 %.1f ms p99 %.1f ms; %s",
        journey.name(), rate, load.scheduled(), load.accepted(), load.rejected(), load.failed(), step.completed(),
        step.windowCompleted(), step.windowScheduled(), 100 * step.completedShare(), step.requestP50Millis(),
        step.requestP99Millis(), step.sustainable() ? "sustained" : "NOT sustained"));
    progress.accept("  median ms per step: " + stepMedians(step));
    progress.accept("  CPU ms per completed journey: " + cpuPerJourney(step));
    journey.internalBackpressureReasons().forEach((reason, times) -> progress.accept(
        String.format("  pushed back inside %d times: %s", times, reason)));
    if (!step.missed().isEmpty()) {
      progress.accept("  not complete by the window's shifted end: " + step.missed().size() + " journeys; the first "
          + Math.min(MISSED_SHOWN, step.missed().size()) + ":");
      step.missed().stream().limit(MISSED_SHOWN).forEach(missed -> progress.accept(String.format(
          "    scheduled at %.1f s, end to end %d ms; steps %s", missed.scheduledAtMillis() / 1000.0, missed.endToEndMillis(),
          missed.stepMillis())));
    }
    return step;
  }

  private static final int MISSED_SHOWN = 20;

  private static String cpuPerJourney(StepResult step) {
    List<String> parts = new ArrayList<>();
    for (String part : CpuTime.PARTS) {
      parts.add(String.format("%s %.1f", part, step.cpu().millisPer(part, step.completed())));
    }
    return String.join(", ", parts) + String.format("; total %.1f, of it JIT compilers %.1f; machine %.0f %% busy",
        step.cpu().totalMillisPer(step.completed()), step.cpu().compilerMillisPer(step.completed()), 100 * step.cpu().machineBusyShare());
  }

  private static String stepMedians(StepResult step) {
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < step.stepNames().size(); i++) {
      steps.add(String.format("%s %.0f", step.stepNames().get(i), step.stepMedianMillis().get(i)));
    }
    return String.join(", ", steps);
  }

  static Map<String, Journey.Completion> awaitDone(Journey journey, List<String> ids, Duration timeout) throws Exception {
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

  static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    } catch (Exception ignored) {
      // a temporary directory; the operating system cleans it up eventually
    }
  }

  record Phase(String name, List<ApplicationUnderTest.Memory> memory) {}

  record Settings(
      Path jar, List<Double> rates, Duration step, Duration steadyFrom, Duration grace, Duration drain, Duration backlog, Duration warmup,
      double warmupRate, double warmupQuietCores, Duration handOff, double handOffFraction, String apiKey) {

    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
      Map<String, String> defaults = new LinkedHashMap<>();
      defaults.put("jar", "");
      defaults.put("rates", "10,20,30,38,45,52,60,70,80,100,130");
      defaults.put("step", "40s");
      defaults.put("steady-from", "10s");
      defaults.put("grace", "1s");
      defaults.put("drain", "15s");
      defaults.put("backlog", "2m");
      defaults.put("warmup", "3m");
      defaults.put("warmup-rate", "20");
      defaults.put("warmup-quiet", "0.1");
      defaults.put("hand-off", "20s");
      defaults.put("hand-off-fraction", "0.2");
      defaults.put("api-key", "demo-shop-key");
      return defaults;
    }

    static Settings parse(String[] args) {
      Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
      for (String arg : args) {
        String[] pair = arg.replaceFirst("^--", "").split("=", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        if (!values.containsKey(pair[0])) {
          throw new IllegalArgumentException("unknown setting " + pair[0] + " (" + String.join(", ", DEFAULTS.keySet()) + ")");
        }
        values.put(pair[0], pair[1]);
      }
      Settings settings = new Settings(
          values.get("jar").isEmpty() ? defaultJar() : Path.of(values.get("jar")).toAbsolutePath(),
          Arrays.stream(values.get("rates").split(",")).map(Double::parseDouble).toList(),
          seconds(values.get("step")), seconds(values.get("steady-from")), seconds(values.get("grace")), seconds(values.get("drain")),
          seconds(values.get("backlog")), seconds(values.get("warmup")), Double.parseDouble(values.get("warmup-rate")),
          Double.parseDouble(values.get("warmup-quiet")), seconds(values.get("hand-off")),
          Double.parseDouble(values.get("hand-off-fraction")), values.get("api-key"));
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
      Settings settings, String machine, WarmUp rawWarmUp, WarmUp productWarmUp, List<StepResult> rawSteps, List<StepResult> productSteps, StepResult rawHandOff,
      StepResult productHandOff, List<Phase> memory) {

    String report() {
      return new OrchestrationReport(this).text();
    }
  }
}
