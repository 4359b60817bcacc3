package io.omnichannel.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One rate held for one step: what was sent and answered, and how many of the journeys scheduled in
 * the steady window (from {@code steadyFrom} into the step to its end) completed by the window's end
 * shifted by the median end-to-end time and a grace, against how many were to be sent in it.
 */
record StepResult(
    String journey,
    OpenLoad.Result load,
    long windowScheduled,
    long windowCompleted,
    long completed,
    long internalBackpressure,
    Histogram endToEndMillis,
    List<String> stepNames,
    List<Double> stepMedianMillis,
    CpuTime.Usage cpu,
    List<Missed> missed) {

  /**
   * A journey of the steady window that was not complete by the window's shifted end: when it was
   * scheduled (from the step's start), how long it took in all (-1: not done at all) and each of
   * its steps (from the step before; -1 where the step is not done).
   */
  record Missed(long scheduledAtMillis, long endToEndMillis, List<Long> stepMillis) {}

  /** The bar: at least 98 % of what was started completes over the steady window, nothing pushed back. */
  static final double SUSTAINED = 0.98;

  static StepResult of(
      Journey journey, OpenLoad.Result load, Map<String, Journey.Completion> done, Duration step, Duration steadyFrom, Duration grace,
      long backpressure, CpuTime.Usage cpu) {
    Histogram endToEnd = new Histogram(3);
    for (OpenLoad.Start start : load.starts()) {
      Journey.Completion completion = done.get(start.id());
      if (completion != null) {
        endToEnd.recordValue(Math.max(0, completion.doneEpochMillis() - start.scheduledEpochMillis()));
      }
    }
    // a journey scheduled in the steady window counts when it completed by the window's end shifted by
    // the median end-to-end time and the grace: a system that keeps up completes all but the slowest
    // few of the last ones by then, one that falls behind misses more and more of them. The grace
    // keeps a pause the system recovers from (a snapshot, a GC) in the latency figures instead of
    // failing the rate when it happens to fall in the window's last second. Counting by schedule,
    // not by completion time, keeps the product's completions, which come in outbox batches, from
    // being cut at the window's start.
    long shift = (endToEnd.getTotalCount() == 0 ? 0 : endToEnd.getValueAtPercentile(50)) + grace.toMillis();
    long windowFrom = load.startEpochMillis() + steadyFrom.toMillis();
    long windowTo = load.startEpochMillis() + step.toMillis();
    long windowScheduled = Math.round(load.rate() * (step.toMillis() - steadyFrom.toMillis()) / 1000.0);
    long windowCompleted = 0;
    List<Missed> missed = new ArrayList<>();
    for (OpenLoad.Start start : load.starts()) {
      if (start.scheduledEpochMillis() < windowFrom || start.scheduledEpochMillis() >= windowTo) {
        continue;
      }
      Journey.Completion completion = done.get(start.id());
      if (completion != null && completion.doneEpochMillis() <= windowTo + shift) {
        windowCompleted++;
      } else {
        missed.add(missedOne(start, completion, load.startEpochMillis()));
      }
    }
    return new StepResult(
        journey.name(), load, windowScheduled, windowCompleted, done.size(), backpressure, endToEnd, journey.stepNames(),
        stepMedians(load.starts(), done, journey.stepNames().size()), cpu, missed);
  }

  private static Missed missedOne(OpenLoad.Start start, Journey.Completion completion, long stepStartEpochMillis) {
    long scheduledAt = start.scheduledEpochMillis() - stepStartEpochMillis;
    return completion == null
        ? new Missed(scheduledAt, -1, List.of())
        : new Missed(scheduledAt, completion.doneEpochMillis() - start.scheduledEpochMillis(),
            stepDurations(start, completion).stream().map(duration -> duration == null ? -1 : duration).toList());
  }

  /** Each step's time, step 0 from the scheduled send, every other one from the step before it; null where a step has no time. */
  private static List<Long> stepDurations(OpenLoad.Start start, Journey.Completion completion) {
    List<Long> durations = new ArrayList<>();
    long previous = start.scheduledEpochMillis();
    for (long at : completion.stepEpochMillis()) {
      durations.add(at > 0 && previous > 0 ? at - previous : null);
      previous = at;
    }
    return durations;
  }

  /** Median time of each step: step 0 from the scheduled send, every other one from the step before it. */
  private static List<Double> stepMedians(Collection<OpenLoad.Start> starts, Map<String, Journey.Completion> done, int steps) {
    List<List<Long>> durations = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      durations.add(new ArrayList<>());
    }
    for (OpenLoad.Start start : starts) {
      Journey.Completion completion = done.get(start.id());
      if (completion == null) {
        continue;
      }
      List<Long> stepDurations = stepDurations(start, completion);
      for (int i = 0; i < steps; i++) {
        if (stepDurations.get(i) != null) {
          durations.get(i).add(stepDurations.get(i));
        }
      }
    }
    return durations.stream().map(StepResult::median).toList();
  }

  private static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  double completedShare() {
    return windowScheduled == 0 ? 0 : (double) windowCompleted / windowScheduled;
  }

  long backpressure() {
    return load.rejected() + internalBackpressure;
  }

  boolean sustainable() {
    return completedShare() >= SUSTAINED && backpressure() == 0 && load.failed() == 0;
  }

  double requestP50Millis() {
    return load.latencyMicros().getValueAtPercentile(50) / 1000.0;
  }

  double requestP99Millis() {
    return load.latencyMicros().getValueAtPercentile(99) / 1000.0;
  }
}
