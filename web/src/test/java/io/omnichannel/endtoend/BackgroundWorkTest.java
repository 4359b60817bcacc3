package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;

/**
 * The outboxes, the IMAP poller and the watchdog run on the application's scheduler: one of them
 * taking long (the mail outbox sending a backlog to a slow mail server) must not hold up the others
 * (the process outbox, which starts every journey).
 */
@EndToEndTest
class BackgroundWorkTest {

  @Autowired TaskScheduler scheduler;

  @Test
  void aScheduledTaskThatTakesLongHoldsUpNoOtherScheduledTask() throws Exception {
    CountDownLatch slowRoundStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger otherRounds = new AtomicInteger();
    ScheduledFuture<?> slow =
        scheduler.scheduleWithFixedDelay(
            () -> {
              slowRoundStarted.countDown();
              awaitQuietly(release);
            },
            Duration.ofMillis(50));
    try {
      assertThat(slowRoundStarted.await(10, TimeUnit.SECONDS)).isTrue();
      ScheduledFuture<?> other = scheduler.scheduleWithFixedDelay(otherRounds::incrementAndGet, Duration.ofMillis(50));
      try {
        await("other rounds while the slow one is still running").atMost(Duration.ofSeconds(10)).until(() -> otherRounds.get() >= 3);
      } finally {
        other.cancel(false);
      }
    } finally {
      release.countDown();
      slow.cancel(false);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
