package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void freePortsAreDistinctBindableAndBelowTheRangeOfOutgoingConnections() {
    int outgoing = Ports.OUTGOING_RANGE_START;
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ports.add(Ports.free());
    }

    assertThat(ports).hasSize(20);
    assertThat(ports).allSatisfy(port -> assertThat(Ports.isFree(port)).as("port %d is free", port).isTrue());
    if (outgoing > Ports.LOWEST_PICKED + 1_000) {
      assertThat(ports).allSatisfy(port -> assertThat(port).isBetween(Ports.LOWEST_PICKED, outgoing - 1));
    }
  }

  @Test
  void aConfiguredPortIsKept() {
    int port = Ports.free();

    assertThat(Ports.claim(port, "test server", "test.port")).isEqualTo(port);
  }
}
