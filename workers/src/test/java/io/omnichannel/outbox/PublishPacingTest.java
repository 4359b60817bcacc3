package io.omnichannel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishPacingTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void startsWithTheWholeWindowAndNoPause() {
    var pacing = new PublishPacing(16, Duration.ofMillis(100), Duration.ofSeconds(3));

    assertThat(pacing.inFlight()).isEqualTo(16);
    assertThat(pacing.paused(NOW)).isFalse();
  }

  @Test
  void aPushbackHalvesTheWindowAndPausesTheOutbox() {
    var pacing = new PublishPacing(16, Duration.ofMillis(100), Duration.ofSeconds(3));

    pacing.pushedBack(NOW);

    assertThat(pacing.inFlight()).isEqualTo(8);
    assertThat(pacing.paused(NOW.plusMillis(99))).isTrue();
    assertThat(pacing.paused(NOW.plusMillis(100))).isFalse();
  }

  @Test
  void pushbacksInARowShrinkTheWindowToOneAndDoubleThePauseUpToItsCap() {
    var pacing = new PublishPacing(16, Duration.ofMillis(100), Duration.ofMillis(500));

    for (int i = 0; i < 10; i++) {
      pacing.pushedBack(NOW);
    }

    assertThat(pacing.inFlight()).isEqualTo(1);
    assertThat(pacing.paused(NOW.plusMillis(499))).isTrue();
    assertThat(pacing.paused(NOW.plusMillis(500))).isFalse();
  }

  @Test
  void acceptedRoundsWidenTheWindowByOneUpToItsMaximumAndStartThePauseOver() {
    var pacing = new PublishPacing(4, Duration.ofMillis(100), Duration.ofSeconds(3));
    pacing.pushedBack(NOW);
    pacing.pushedBack(NOW);
    assertThat(pacing.inFlight()).isEqualTo(1);

    pacing.accepted();
    assertThat(pacing.inFlight()).isEqualTo(2);
    pacing.accepted();
    pacing.accepted();
    pacing.accepted();
    assertThat(pacing.inFlight()).isEqualTo(4);

    pacing.pushedBack(NOW);
    assertThat(pacing.paused(NOW.plusMillis(100))).as("the first pause again, not the third").isFalse();
  }

  @Test
  void refusesAWindowOfNothing() {
    assertThatThrownBy(() -> new PublishPacing(0, Duration.ofMillis(100), Duration.ofSeconds(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
