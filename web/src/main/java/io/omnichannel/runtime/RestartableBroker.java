package io.omnichannel.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker as the runtime holds it, supervised: a broker that exits without being asked
 * to (killed, out of memory, crashed) is logged with the end of its log and started again on the
 * same data directory and ports, with a growing pause between failed attempts; the application's
 * client reconnects on its own, and requests taken meanwhile wait in the outbox. It can also be
 * stopped and started on purpose, e.g. to show that intake keeps accepting requests while the
 * engine is down; a broker stopped so is not restarted.
 */
final class RestartableBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RestartableBroker.class);
  static final Duration FIRST_RESTART_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_RESTART_DELAY = Duration.ofMinutes(1);

  /**
   * What the supervisor knows, for health.
   *
   * @param running whether a broker is up
   * @param restarts how often it was started again after exiting on its own
   * @param lastExit when it last exited on its own, or null
   * @param lastExitLog the end of its log at that moment, or null
   * @param nextAttemptAt when the next restart is tried, while it is down; null otherwise
   */
  record Status(boolean running, long pid, int restarts, Instant lastExit, String lastExitLog, Instant nextAttemptAt) {}

  private final ScheduledExecutorService supervisor =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "zeebe-supervisor");
            thread.setDaemon(true);
            return thread;
          });
  private final Clock clock = Clock.systemUTC();

  private ZeebeBroker running;
  private ZeebeBroker last;
  private boolean stoppedOnPurpose;
  private boolean closed;
  private boolean restartInFlight;
  private int restarts;
  private Instant lastExit;
  private String lastExitLog;
  private Instant nextAttemptAt;

  RestartableBroker(ZeebeBroker started) {
    this.running = started;
    this.last = started;
    watch(started);
  }

  /** The running broker; fails when stopped. */
  synchronized ZeebeBroker running() {
    if (running == null) {
      throw new IllegalStateException("the Zeebe broker is stopped");
    }
    return running;
  }

  synchronized boolean isRunning() {
    return running != null;
  }

  synchronized Status status() {
    return new Status(running != null, running == null ? -1 : running.pid(), restarts, lastExit, lastExitLog, nextAttemptAt);
  }

  /** Stops the broker on purpose: it stays stopped until {@link #start()}. */
  void stop() {
    ZeebeBroker stopping;
    synchronized (this) {
      stoppedOnPurpose = true;
      stopping = running;
      running = null;
    }
    if (stopping != null) {
      stopping.close();
    }
  }

  /** Starts the broker again on the same data and ports; returns once it is ready. */
  synchronized void start() {
    stoppedOnPurpose = false;
    while (restartInFlight) {
      try {
        wait(); // the supervisor is starting it already: never two brokers on one data directory
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the broker was being restarted", e);
      }
    }
    if (running == null) {
      running = last.startAgain();
      last = running;
      watch(running);
    }
  }

  private void watch(ZeebeBroker broker) {
    broker.onExit().thenRun(() -> exited(broker));
  }

  private void exited(ZeebeBroker broker) {
    synchronized (this) {
      if (broker != running || closed) {
        return; // stopped on purpose, or replaced
      }
      running = null;
      lastExit = clock.instant();
      lastExitLog = LogTail.of(broker.workDir().resolve("broker.log"), 20);
    }
    log.error(
        "The embedded Zeebe broker (pid {}) exited unexpectedly; starting it again on the same data in {} s. Last lines of {}:\n{}",
        broker.pid(), FIRST_RESTART_DELAY.toSeconds(), broker.workDir().resolve("broker.log"), lastExitLog);
    scheduleRestart(1, FIRST_RESTART_DELAY);
  }

  private synchronized void scheduleRestart(int attempt, Duration delay) {
    if (closed || stoppedOnPurpose) {
      return;
    }
    nextAttemptAt = clock.instant().plus(delay);
    supervisor.schedule(() -> restart(attempt, delay), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void restart(int attempt, Duration delay) {
    ZeebeBroker from;
    synchronized (this) {
      if (closed || stoppedOnPurpose || running != null) {
        return;
      }
      from = last;
      restartInFlight = true;
    }
    try {
      ZeebeBroker started = from.startAgain(); // waits until ready: outside the lock, health stays answerable
      synchronized (this) {
        if (closed || stoppedOnPurpose) {
          restartInFlight = false;
          notifyAll();
          started.close();
          return;
        }
        running = started;
        last = started;
        restarts++;
        nextAttemptAt = null;
        restartInFlight = false;
        notifyAll();
      }
      watch(started);
      log.warn("The embedded Zeebe broker runs again (pid {}, restart {} after it exited on its own)", started.pid(), attempt);
    } catch (RuntimeException e) {
      synchronized (this) {
        restartInFlight = false;
        notifyAll();
      }
      Duration next = delay.multipliedBy(2).compareTo(MAX_RESTART_DELAY) > 0 ? MAX_RESTART_DELAY : delay.multipliedBy(2);
      log.error("Starting the embedded Zeebe broker again failed (attempt {}); next attempt in {} s", attempt, next.toSeconds(), e);
      scheduleRestart(attempt + 1, next);
    }
  }

  Path workDir() {
    return last.workDir();
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    supervisor.shutdownNow();
    stop();
  }
}
