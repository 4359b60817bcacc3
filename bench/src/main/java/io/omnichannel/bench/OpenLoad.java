package io.omnichannel.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load: call {@code i} is sent at {@code start + i / rate} whether or not the earlier
 * ones were answered, each on its own virtual thread, and its latency runs from that scheduled time
 * (not from when the call got going), so a stalled server cannot hide its queue (no coordinated
 * omission).
 */
final class OpenLoad {

  enum Outcome {
    ACCEPTED,
    /** backpressure: RESOURCE_EXHAUSTED from the broker, HTTP 429 or 503 */
    REJECTED,
    FAILED
  }

  /** What one call returned: its outcome and the id under which its completion is looked up. */
  record Sent(Outcome outcome, String id) {}

  @FunctionalInterface
  interface Call {
    Sent send() throws Exception;
  }

  /** A call that was accepted, with the wall-clock time it was scheduled for. */
  record Start(String id, long scheduledEpochMillis) {}

  record Result(
      double rate, long scheduled, long accepted, long rejected, long failed, Histogram latencyMicros, List<Start> starts,
      long startEpochMillis) {}

  private OpenLoad() {}

  static Result run(double rate, Duration duration, Call call) {
    long count = Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
    double periodNanos = 1e9 / rate;
    ConcurrentHistogram latency = new ConcurrentHistogram(3);
    ConcurrentLinkedQueue<Start> starts = new ConcurrentLinkedQueue<>();
    AtomicLong accepted = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long startNanos = System.nanoTime();
    long startEpochMillis = System.currentTimeMillis();
    try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long i = 0; i < count; i++) {
        long scheduledNanos = startNanos + Math.round(i * periodNanos);
        long wait = scheduledNanos - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        long scheduledEpochMillis = startEpochMillis + (scheduledNanos - startNanos) / 1_000_000;
        calls.submit(
            () -> {
              Sent sent;
              try {
                sent = call.send();
              } catch (Exception e) {
                sent = new Sent(Outcome.FAILED, null);
              }
              latency.recordValue(Math.max(0, (System.nanoTime() - scheduledNanos) / 1_000));
              switch (sent.outcome()) {
                case ACCEPTED -> {
                  accepted.incrementAndGet();
                  starts.add(new Start(sent.id(), scheduledEpochMillis));
                }
                case REJECTED -> rejected.incrementAndGet();
                case FAILED -> failed.incrementAndGet();
              }
            });
      }
      calls.shutdown();
      if (!calls.awaitTermination(60, TimeUnit.SECONDS)) {
        calls.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long unanswered = count - accepted.get() - rejected.get() - failed.get();
    return new Result(
        rate, count, accepted.get(), rejected.get(), failed.get() + unanswered, latency, List.copyOf(starts), startEpochMillis);
  }
}
