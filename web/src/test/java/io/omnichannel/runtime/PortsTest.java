package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
  void theStartOfTheOutgoingRangeIsReadAsTheKernelReportsIt() throws Exception {
    Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    assumeTrue(Files.isReadable(range), "not Linux");
    String reported = Files.readAllLines(range).get(0).trim().split("\\s+")[0];

    assertThat(Ports.OUTGOING_RANGE_START).isEqualTo(Integer.parseInt(reported));
  }

  @Test
  void aConfiguredPortIsKept() {
    int port = Ports.free();

    assertThat(Ports.claim(port, "test server", "test.port")).isEqualTo(port);
  }
}
