package io.omnichannel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** How a step counts the journeys of its steady window: by schedule, against the window's shifted end. */
class StepResultTest {

  private static final long STEP_START = 1_000_000;
  private static final Duration STEP = Duration.ofSeconds(40);
  private static final Duration STEADY_FROM = Duration.ofSeconds(10);
  private static final double RATE = 10;

  @Test
  void aSystemThatKeepsUpCountsEveryJourneyOfTheWindow() {
    StepResult step = step(scheduled -> scheduled + 300, Duration.ZERO);

    assertThat(step.windowScheduled()).isEqualTo(300);
    assertThat(step.windowCompleted()).isEqualTo(300);
    assertThat(step.missed()).isEmpty();
    assertThat(step.sustainable()).isTrue();
  }

  @Test
  void aPauseInTheWindowsLastSecondFailsTheRateWithoutGraceButNotWithIt() {
    // every journey takes 0.3 s, but those scheduled in the last 0.8 s meet a pause and take 1.2 s
    LongUnaryOperator pauseAtTheEnd = scheduled -> scheduled - STEP_START >= 39_200 ? scheduled + 1_200 : scheduled + 300;

    StepResult withoutGrace = step(pauseAtTheEnd, Duration.ZERO);
    StepResult withGrace = step(pauseAtTheEnd, Duration.ofSeconds(1));

    assertThat(withoutGrace.missed()).hasSize(8);
    assertThat(withoutGrace.sustainable()).as("8 of 300 missed: 97.3 %").isFalse();
    assertThat(withGrace.missed()).isEmpty();
    assertThat(withGrace.sustainable()).isTrue();
  }

  @Test
  void aSystemThatFallsBehindFailsEvenWithTheGrace() {
    // it completes 9 journeys a second of the 10 sent: by the window's end it is 3 s behind
    LongUnaryOperator fallingBehind = scheduled -> STEP_START + (scheduled - STEP_START) * 10 / 9 + 300;

    StepResult step = step(fallingBehind, Duration.ofSeconds(1));

    assertThat(step.completedShare()).isLessThan(StepResult.SUSTAINED);
    assertThat(step.sustainable()).isFalse();
    assertThat(step.missed()).allSatisfy(missed -> assertThat(missed.scheduledAtMillis()).isGreaterThan(30_000));
  }

  @Test
  void backpressureFailsTheRateWhateverCompleted() {
    StepResult step = step(scheduled -> scheduled + 300, Duration.ZERO, 1);

    assertThat(step.completedShare()).isEqualTo(1.0);
    assertThat(step.sustainable()).isFalse();
  }

  private static StepResult step(LongUnaryOperator doneAt, Duration grace) {
    return step(doneAt, grace, 0);
  }

  private static StepResult step(LongUnaryOperator doneAt, Duration grace, long backpressure) {
    List<OpenLoad.Start> starts = new ArrayList<>();
    Map<String, Journey.Completion> done = new HashMap<>();
    long journeys = Math.round(RATE * STEP.toSeconds());
    for (int i = 0; i < journeys; i++) {
      long scheduled = STEP_START + Math.round(i * 1000 / RATE);
      String id = "j" + i;
      starts.add(new OpenLoad.Start(id, scheduled));
      long finished = doneAt.applyAsLong(scheduled);
      done.put(id, new Journey.Completion(finished, List.of(finished)));
    }
    OpenLoad.Result load = new OpenLoad.Result(RATE, journeys, journeys, 0, 0, new Histogram(3), starts, STEP_START);
    CpuTime.Usage cpu = new CpuTime.Usage(Map.of(), 0, 0, 0);
    return StepResult.of(new NamedJourney(), load, done, STEP, STEADY_FROM, grace, backpressure, cpu);
  }

  private static final class NamedJourney implements Journey {
    @Override
    public String name() {
      return "test journey";
    }

    @Override
    public List<String> stepNames() {
      return List.of("done");
    }

    @Override
    public OpenLoad.Sent start() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Completion> completions(java.util.Collection<String> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long internalBackpressure(java.util.Collection<String> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
