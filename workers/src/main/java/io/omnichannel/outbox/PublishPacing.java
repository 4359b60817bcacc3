package io.omnichannel.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How many of the process outbox's publishes may be in flight, and when it may publish again: the
 * engine's own rule applied on our side (additive increase, multiplicative decrease). A round the
 * engine pushed back halves the window and pauses the whole outbox, the pause doubling while the
 * pushback lasts; a round it took in full widens the window by one and ends the pause. A burst then
 * waits in the outbox instead of being refused, row after row, by an engine that is already behind.
 */
final class PublishPacing {

  private final int maxInFlight;
  private final Duration firstPause;
  private final Duration maxPause;
  private int inFlight;
  private int pushbacksInARow;
  private Instant resumeAt = Instant.MIN;

  PublishPacing(int maxInFlight, Duration firstPause, Duration maxPause) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("at least one publish must be allowed in flight, got " + maxInFlight);
    }
    this.maxInFlight = maxInFlight;
    this.firstPause = firstPause;
    this.maxPause = maxPause;
    this.inFlight = maxInFlight;
  }

  synchronized int inFlight() {
    return inFlight;
  }

  synchronized boolean paused(Instant now) {
    return now.isBefore(resumeAt);
  }

  synchronized void pushedBack(Instant now) {
    pushbacksInARow++;
    inFlight = Math.max(1, inFlight / 2);
    resumeAt = now.plus(ProcessStartDispatcher.backoff(pushbacksInARow, firstPause, maxPause));
  }

  synchronized void accepted() {
    pushbacksInARow = 0;
    inFlight = Math.min(maxInFlight, inFlight + 1);
  }
}
