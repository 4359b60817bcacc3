package io.omnichannel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Runs the orchestration benchmark for a few seconds against the built application jar so it
 * cannot rot; it asserts what was sent, completed and printed, never how fast. {@code ./mvnw verify}
 * packages the web module before it tests this one, so the jar is there.
 */
class OrchestrationBenchmarkSmokeTest {

  @Test
  void loadsTheRawBaselineAndTheProductOnOneBrokerAndReportsEverySection() throws Exception {
    var settings = OrchestrationBenchmark.Settings.parse(
        new String[] {
          "--rates=3", "--step=3s", "--steady-from=1s", "--drain=60s", "--warmup=10s", "--warmup-rate=2", "--warmup-quiet=100",
          "--hand-off=2s"
        });
    assumeTrue(Files.isRegularFile(settings.jar()), "build the application jar first: ./mvnw -DskipTests package");

    var result = OrchestrationBenchmark.run(settings, line -> {});

    for (var steps : java.util.List.of(result.rawSteps(), result.productSteps())) {
      assertThat(steps).hasSize(1);
      StepResult step = steps.getFirst();
      assertThat(step.load().scheduled()).isEqualTo(9);
      assertThat(step.load().accepted()).as("%s: every call accepted", step.journey()).isEqualTo(9);
      assertThat(step.completed()).as("%s: every journey completed", step.journey()).isEqualTo(9);
      assertThat(step.endToEndMillis().getTotalCount()).isEqualTo(9);
    }
    assertThat(result.productSteps().getFirst().stepMedianMillis())
        .as("every step of the product's journey has a time in the ledger")
        .hasSize(7)
        .allMatch(millis -> !millis.isNaN());
    assertThat(result.rawHandOff().load().rate()).isEqualTo(1.0);
    assertThat(result.rawHandOff().completed()).isEqualTo(2);
    assertThat(result.productHandOff().completed()).isEqualTo(2);
    for (var warmUp : java.util.List.of(result.rawWarmUp(), result.productWarmUp())) {
      assertThat(warmUp.journeys()).as("one round of the warm-up, the compilers counted as quiet").isEqualTo(10);
      assertThat(warmUp.compilerCoresAtEnd()).isNotNaN();
    }
    StepResult productStep = result.productSteps().getFirst();
    assertThat(productStep.cpu().seconds()).containsOnlyKeys(CpuTime.PARTS);
    assertThat(productStep.cpu().millisPer(CpuTime.APPLICATION, productStep.completed()))
        .as("the application's CPU per journey is measured").isPositive();
    assertThat(productStep.cpu().machineBusyShare()).isBetween(0.0, 1.0);
    assertThat(result.memory()).hasSize(3).allSatisfy(phase -> assertThat(phase.memory())
        .extracting(ApplicationUnderTest.Memory::process)
        .containsExactly("application", "Zeebe broker"));
    assertThat(result.memory().getLast().memory()).allMatch(memory -> memory.rssMiB() > 0 && memory.heapUsedMiB() > 0);
    assertThat(result.report())
        .contains(OrchestrationReport.OVERHEAD, OrchestrationReport.HAND_OFF, OrchestrationReport.INTAKE)
        .contains("highest sustained rate: raw", "product / raw", "overhead per step", "heap used MiB", "of it JIT", "warm-up:");
  }
}
