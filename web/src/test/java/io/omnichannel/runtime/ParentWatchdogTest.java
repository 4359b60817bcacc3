package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParentWatchdogTest {

  @Test
  void theChildDiesWhenItsParentIsKilledWithoutWarning() throws IOException, InterruptedException {
    Process parent = new ProcessBuilder("sleep", "300").start();
    Process watchdog =
        new ProcessBuilder(ParentWatchdog.wrap(parent.pid(), List.of("sleep", "300"))).start();
    ProcessHandle child = awaitChild(watchdog);

    parent.destroyForcibly(); // SIGKILL: the parent gets no chance to clean up

    assertThat(Processes.awaitExit(child, Duration.ofSeconds(20))).isTrue();
    assertThat(Processes.awaitExit(watchdog.toHandle(), Duration.ofSeconds(20))).isTrue();
  }

  private static ProcessHandle awaitChild(Process watchdog) throws InterruptedException {
    for (int attempt = 0; attempt < 500; attempt++) {
      var child = watchdog.toHandle().children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the watched command did not start");
  }
}
