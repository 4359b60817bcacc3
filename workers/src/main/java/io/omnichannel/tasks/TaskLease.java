package io.omnichannel.tasks;

import java.time.Duration;

/**
 * A user-task job stays activated for as long as its task is open: the worker activates it with
 * this lease and {@link TaskLeaseKeeper} renews it well before it runs out.
 */
final class TaskLease {

  static final long DURATION_MILLIS = 10 * 60 * 1000;
  static final Duration DURATION = Duration.ofMillis(DURATION_MILLIS);

  private TaskLease() {}
}
