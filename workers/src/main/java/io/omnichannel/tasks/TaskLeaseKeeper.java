package io.omnichannel.tasks;

import io.omnichannel.outbox.ProcessMessageDelivered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the jobs of open tasks activated, and finds out that a job is gone: the engine answers
 * NOT_FOUND once a boundary event or a cancellation removed it, and the task list stops offering it.
 * A task is asked about when its lease is renewed, when someone opens it, and within seconds of a
 * message the engine took for its request (a customer's cancellation interrupts the store's task):
 * 1, 2, 4, 8 and 16 seconds after, as the engine correlates the message shortly after taking it.
 * A journey cancelled by hand in the engine is noticed at the next renewal (within five minutes).
 */
@Component
public class TaskLeaseKeeper {

  private static final Logger log = LoggerFactory.getLogger(TaskLeaseKeeper.class);

  /** Renew leases this long before they run out, so a missed round or two does not lose a job. */
  static final Duration RENEW_AHEAD = Duration.ofMinutes(5);

  /** Seconds after a message for a request at which its open tasks are asked about. */
  private static final int[] RECHECK_AFTER_SECONDS = {1, 2, 4, 8, 16};

  private final UserTasks tasks;
  private final TaskEngine engine;
  private final Clock clock;
  private final Map<UUID, Recheck> rechecks = new ConcurrentHashMap<>();

  public TaskLeaseKeeper(UserTasks tasks, TaskEngine engine, Clock clock) {
    this.tasks = tasks;
    this.engine = engine;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${orchestrator.tasks.lease-check-interval-ms:60000}",
      initialDelayString = "${orchestrator.tasks.lease-check-interval-ms:60000}")
  public void renewExpiringLeases() {
    Instant now = clock.instant();
    for (StaffTask task : tasks.openWithLeaseBefore(now.plus(RENEW_AHEAD))) {
      renew(task, now);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ProcessMessageDelivered delivered) {
    if (delivered.requestId() != null) {
      rechecks.put(delivered.requestId(), new Recheck(clock.instant(), 0));
    }
  }

  /** The open tasks of requests that got a message in the last seconds, at the planned moments after it. */
  @Scheduled(fixedDelayString = "${orchestrator.tasks.recheck-interval-ms:500}")
  public void recheckTasksOfMessagedRequests() {
    if (rechecks.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<UUID> due = new ArrayList<>();
    rechecks.forEach(
        (requestId, recheck) -> {
          if (recheck.isDue(now)) {
            due.add(requestId);
            Recheck next = recheck.next();
            if (next.isOver()) {
              rechecks.remove(requestId, recheck);
            } else {
              rechecks.replace(requestId, recheck, next);
            }
          }
        });
    if (!due.isEmpty()) {
      tasks.openOfRequests(due).forEach(task -> renew(task, now));
    }
  }

  /** The checks planned after a message for a request: {@code done} of them are done. */
  private record Recheck(Instant messagedAt, int done) {
    boolean isDue(Instant now) {
      return !now.isBefore(messagedAt.plusSeconds(RECHECK_AFTER_SECONDS[done]));
    }

    Recheck next() {
      return new Recheck(messagedAt, done + 1);
    }

    boolean isOver() {
      return done >= RECHECK_AFTER_SECONDS.length;
    }
  }

  /**
   * Asks the engine about one open task now instead of at its next renewal, e.g. before showing it.
   *
   * @return whether the task is still open
   */
  public boolean checkNow(long jobKey) {
    tasks.find(jobKey).filter(StaffTask::isOpen).ifPresent(task -> renew(task, clock.instant()));
    return tasks.find(jobKey).map(StaffTask::isOpen).orElse(false);
  }

  /** One task at a time, so one failing call does not keep the others from being renewed. */
  private void renew(StaffTask task, Instant now) {
    try {
      engine.extendLease(task.jobKey(), TaskLease.DURATION);
      tasks.extendLease(task.jobKey(), now.plus(TaskLease.DURATION));
    } catch (TaskGoneException gone) {
      if (tasks.markCancelled(task.jobKey())) {
        log.info("task {} ({}) is gone from the engine; no longer offered", task.jobKey(), task.name());
      }
    } catch (RuntimeException e) {
      log.warn("could not renew the lease of task {}; retrying next round", task.jobKey(), e);
    }
  }
}
