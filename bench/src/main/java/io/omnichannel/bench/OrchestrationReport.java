package io.omnichannel.bench;

import java.util.List;
import java.util.Optional;

/** The printed figures of an {@link OrchestrationBenchmark} run: three sections, ratios to the raw baseline. */
final class OrchestrationReport {

  static final String OVERHEAD = "== 1. Orchestration overhead: open-loop stepped rates ==";
  static final String HAND_OFF = "== 2. Per-task hand-off ==";
  static final String INTAKE = "== 3. Intake under load, memory ==";

  private final OrchestrationBenchmark.Result result;
  private final StringBuilder out = new StringBuilder();

  OrchestrationReport(OrchestrationBenchmark.Result result) {
    this.result = result;
  }

  String text() {
    overhead();
    handOff();
    intake();
    return out.toString();
  }

  private void overhead() {
    var settings = result.settings();
    line(OVERHEAD);
    line("machine: " + result.machine());
    line("steps of %d s, steady window from %d s to the end of the step; sustained = of the journeys to be sent in the window,"
            + " at least %.0f %% completed by its end shifted by the step's median end-to-end time and %.1f s; no backpressure,"
            + " no failed call",
        settings.step().toSeconds(), settings.steadyFrom().toSeconds(), 100 * StepResult.SUSTAINED, settings.grace().toMillis() / 1000.0);
    steps("raw Zeebe: same model and path on the same broker, no-op workers (baseline)", result.rawWarmUp(), result.rawSteps());
    steps("product end to end: POST /api/v1/requests/manual -> ledger -> outbox -> process -> workers -> mails sent, closed",
        result.productWarmUp(), result.productSteps());
    double raw = OrchestrationBenchmark.highestSustained(result.rawSteps(), 0);
    double product = OrchestrationBenchmark.highestSustained(result.productSteps(), 0);
    line("highest sustained rate: raw %.0f/s, product %.0f/s; product / raw = %s (target >= 0.8)%s",
        raw, product, ratio(product, raw), result.rawSteps().getLast().sustainable() ? "; raw sustained every rate tried, so its figure is a lower bound" : "");
    double common = Math.min(raw, product);
    Optional<StepResult> rawAt = at(result.rawSteps(), common);
    Optional<StepResult> productAt = at(result.productSteps(), common);
    if (rawAt.isPresent() && productAt.isPresent()) {
      line("request latency at %.0f/s (the highest rate both sustained), product / raw: p50 %.1f / %.1f ms = %s, p99 %.1f / %.1f ms = %s",
          common, productAt.get().requestP50Millis(), rawAt.get().requestP50Millis(),
          ratio(productAt.get().requestP50Millis(), rawAt.get().requestP50Millis()), productAt.get().requestP99Millis(),
          rawAt.get().requestP99Millis(), ratio(productAt.get().requestP99Millis(), rawAt.get().requestP99Millis()));
    }
    line("");
  }

  private void steps(String title, OrchestrationBenchmark.WarmUp warmUp, List<StepResult> steps) {
    line(title);
    if (warmUp.journeys() > 0) {
      line("warm-up: %d s at %.0f/s (%d journeys), until the JIT compilers kept less than %.2f of a core busy over %d s: %s (%.2f)",
          warmUp.took().toSeconds(), warmUp.rate(), warmUp.journeys(), result.settings().warmupQuietCores(),
          OrchestrationBenchmark.WARM_UP_ROUND.toSeconds(), warmUp.quiet(result.settings()) ? "quiet" : "NOT quiet, limit reached",
          warmUp.compilerCoresAtEnd());
    }
    line("%7s %6s %6s %6s %6s %15s %7s %9s %9s %9s %9s  %s", "rate/s", "sent", "accept", "reject", "failed", "window done/of",
        "%", "req p50", "req p99", "e2e p50", "e2e p99", "sustained");
    for (StepResult step : steps) {
      var load = step.load();
      line("%7.0f %6d %6d %6d %6d %15s %7.1f %9.1f %9.1f %9d %9d  %s", load.rate(), load.scheduled(), load.accepted(),
          step.backpressure(), load.failed(), step.windowCompleted() + "/" + step.windowScheduled(), 100 * step.completedShare(),
          step.requestP50Millis(), step.requestP99Millis(), step.endToEndMillis().getValueAtPercentile(50),
          step.endToEndMillis().getValueAtPercentile(99), step.sustainable() ? "yes" : "NO");
    }
    line("(latencies in ms from the scheduled send; req = the intake call or the publish; e2e = until completed;"
        + " reject = 429/503 or RESOURCE_EXHAUSTED, also inside the product's outbox)");
    line("%7s %12s %12s %12s %12s %12s %12s %14s", "rate/s", "application", "broker", "PostgreSQL", "benchmark", "total", "of it JIT",
        "machine busy");
    for (StepResult step : steps) {
      CpuTime.Usage cpu = step.cpu();
      long journeys = step.completed();
      line("%7.0f %12.1f %12.1f %12.1f %12.1f %12.1f %12.1f %13.0f%%", step.load().rate(), cpu.millisPer(CpuTime.APPLICATION, journeys),
          cpu.millisPer(CpuTime.BROKER, journeys), cpu.millisPer(CpuTime.POSTGRES, journeys),
          cpu.millisPer(CpuTime.BENCHMARK, journeys), cpu.totalMillisPer(journeys), cpu.compilerMillisPer(journeys),
          100 * cpu.machineBusyShare());
    }
    line("(CPU ms per completed journey, from the step's start until its journeys completed; benchmark = the load generator"
        + " and, for raw Zeebe, the no-op workers; JIT = the three JVMs' compiler threads)");
  }

  private void handOff() {
    StepResult raw = result.rawHandOff();
    StepResult product = result.productHandOff();
    line(HAND_OFF);
    line("both at %.1f/s (%.0f %% of the product's highest sustained rate) for %d s; %d and %d completed; median per step, ms",
        raw.load().rate(), 100 * result.settings().handOffFraction(), result.settings().handOff().toSeconds(), raw.completed(),
        product.completed());
    line("%-34s %-34s %9s %9s %9s", "raw Zeebe step", "product step", "raw", "product", "overhead");
    int workerSteps = RawZeebeJourney.PATH.size();
    for (int i = 0; i < product.stepNames().size(); i++) {
      boolean shared = i < raw.stepNames().size();
      double rawMillis = shared ? raw.stepMedianMillis().get(i) : 0;
      double productMillis = product.stepMedianMillis().get(i);
      line("%-34s %-34s %9.1f %9.1f %9.1f", shared ? raw.stepNames().get(i) : "-", product.stepNames().get(i), rawMillis,
          productMillis, productMillis - rawMillis);
    }
    double rawWorkers = sum(raw.stepMedianMillis().subList(1, workerSteps + 1));
    double productWorkers = sum(product.stepMedianMillis().subList(1, workerSteps + 1));
    line("the %d worker steps (acknowledge .. close): raw %.1f ms, product %.1f ms; overhead per step %.1f ms (product / raw %s)",
        workerSteps, rawWorkers, productWorkers, (productWorkers - rawWorkers) / workerSteps, ratio(productWorkers, rawWorkers));
    line("end to end p50: raw %d ms, product %d ms", raw.endToEndMillis().getValueAtPercentile(50),
        product.endToEndMillis().getValueAtPercentile(50));
    line("");
  }

  private void intake() {
    line(INTAKE);
    line("%7s %12s %12s %14s %14s %9s %9s", "rate/s", "intake p50", "intake p99", "publish p50", "publish p99", "p50 x", "p99 x");
    for (StepResult product : result.productSteps()) {
      Optional<StepResult> raw = at(result.rawSteps(), product.load().rate());
      line("%7.0f %12.1f %12.1f %14s %14s %9s %9s", product.load().rate(), product.requestP50Millis(), product.requestP99Millis(),
          raw.map(r -> String.format("%.1f", r.requestP50Millis())).orElse("-"),
          raw.map(r -> String.format("%.1f", r.requestP99Millis())).orElse("-"),
          raw.map(r -> ratio(product.requestP50Millis(), r.requestP50Millis())).orElse("-"),
          raw.map(r -> ratio(product.requestP99Millis(), r.requestP99Millis())).orElse("-"));
    }
    line("(ms from the scheduled send; publish = the raw baseline's start message straight to the gateway)");
    line("%-28s %-14s %8s %9s %14s", "memory at", "process", "pid", "RSS MiB", "heap used MiB");
    for (OrchestrationBenchmark.Phase phase : result.memory()) {
      for (ApplicationUnderTest.Memory memory : phase.memory()) {
        line("%-28s %-14s %8d %9.0f %14.0f", phase.name(), memory.process(), memory.pid(), memory.rssMiB(), memory.heapUsedMiB());
      }
    }
  }

  private static Optional<StepResult> at(List<StepResult> steps, double rate) {
    return steps.stream().filter(step -> step.load().rate() == rate).findFirst();
  }

  private static double sum(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }

  private static String ratio(double value, double baseline) {
    return baseline > 0 ? String.format("%.2f", value / baseline) : "n/a";
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(format, args)).append(System.lineSeparator());
  }
}
