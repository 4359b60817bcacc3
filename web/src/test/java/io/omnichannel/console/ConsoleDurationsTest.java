package io.omnichannel.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleDurationsTest {

  private final ConsoleDurations durations = new ConsoleDurations();

  @Test
  void twoLargestUnits() {
    assertThat(durations.readable(Duration.ofHours(76).plusMinutes(5))).isEqualTo("3 d 4 h");
    assertThat(durations.readable(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    assertThat(durations.readable(Duration.ofSeconds(61))).isEqualTo("1 min 1 s");
    assertThat(durations.readable(Duration.ofMillis(17_500))).isEqualTo("18 s");
    assertThat(durations.readable(Duration.ofMillis(-5))).isEqualTo("0 s");
    assertThat(durations.readable(null)).isEqualTo("—");
  }
}
