package io.omnichannel.bench;

import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/** p50 and p99 of one operation, after a warm-up, measured one call after the other. */
record Latencies(String name, double p50Millis, double p99Millis, long checksum) {

  static Latencies of(String name, LongSupplier operation, TaskListQueryBenchmark.Settings settings) {
    long checksum = 0;
    for (int i = 0; i < settings.warmup(); i++) {
      checksum += operation.getAsLong();
    }
    Histogram histogram = new Histogram(3);
    for (int i = 0; i < settings.samples(); i++) {
      long start = System.nanoTime();
      checksum += operation.getAsLong();
      histogram.recordValue(System.nanoTime() - start);
    }
    return new Latencies(
        name, histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6, checksum);
  }
}
