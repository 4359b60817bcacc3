package io.omnichannel.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the jobs of open tasks activated, and finds out that a job is gone: the engine answers
 * NOT_FOUND once a boundary event or a cancellation removed it, and the task list stops offering it.
 */
@Component
public class TaskLeaseKeeper {

  private static final Logger log = LoggerFactory.getLogger(TaskLeaseKeeper.class);

  /** Renew leases this long before they run out, so a missed round or two does not lose a job. */
  static final Duration RENEW_AHEAD = Duration.ofMinutes(5);

  private final UserTasks tasks;
  private final TaskEngine engine;
  private final Clock clock;

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
