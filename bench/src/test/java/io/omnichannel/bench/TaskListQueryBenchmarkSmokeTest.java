package io.omnichannel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the benchmark on a small mirror so it cannot rot; it asserts what it read, never how fast. */
class TaskListQueryBenchmarkSmokeTest {

  @Test
  void fillsTheMirrorAndTimesEveryQueryAgainstThePrimaryKeyLookup() throws Exception {
    var settings = TaskListQueryBenchmark.Settings.parse(
        new String[] {"--tasks=20000", "--open=0.05", "--teams=4", "--customers=500", "--warmup=5", "--samples=20"});

    var result = TaskListQueryBenchmark.run(settings);

    assertThat(result.openTasks()).isBetween(500L, 1500L);
    assertThat(result.baseline().checksum()).as("every primary-key lookup found its task").isEqualTo(25);
    assertThat(result.queries()).hasSize(3);
    assertThat(result.queries().getFirst().checksum()).as("first pages of team queues are full").isEqualTo(25L * 50);
    assertThat(result.report()).contains("team queue by due date", "p99 ×pk");
  }
}
