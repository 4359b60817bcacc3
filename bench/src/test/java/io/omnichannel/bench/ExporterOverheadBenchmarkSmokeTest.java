package io.omnichannel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Runs the exporter-overhead benchmark for a few seconds per side against the built jar so it
 * cannot rot; it asserts what was sent, completed, exported and printed, never how fast.
 */
class ExporterOverheadBenchmarkSmokeTest {

  @Test
  void runsTheProductWithoutAndWithTheExporterAndReportsTheRatios() throws Exception {
    var settings = OrchestrationBenchmark.Settings.parse(new String[] {
      "--rates=3", "--step=3s", "--steady-from=1s", "--drain=60s", "--warmup=0s"
    });
    assumeTrue(Files.isRegularFile(settings.jar()), "build the application jar first: ./mvnw -DskipTests package");

    var result = ExporterOverheadBenchmark.run(settings, line -> {});

    for (var side : java.util.List.of(result.without(), result.with())) {
      assertThat(side.steps()).hasSize(1);
      assertThat(side.steps().getFirst().completed()).as("exporter %s: every journey completed", side.exporter()).isEqualTo(9);
      assertThat(ExporterOverheadBenchmark.stack(side.steps().getFirst())).isPositive();
    }
    assertThat(result.without().recordsExported()).as("the exporter turned off writes nothing").isZero();
    assertThat(result.with().recordsExported()).as("nine journeys, each dozens of records").isGreaterThan(9 * 20);
    assertThat(result.report()).contains("with / without", "records exported by the run with the exporter", "stack CPU ms per journey");
  }
}
