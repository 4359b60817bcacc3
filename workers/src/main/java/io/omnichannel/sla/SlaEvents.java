package io.omnichannel.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * The rungs of a staff task's SLA ladder as they are climbed, for the request's history and the
 * journeys. Each event is published once per task and rung (the task's SLA state only moves
 * forward), in the transaction that moves it.
 */
public final class SlaEvents {

  private SlaEvents() {}

  /** The reminder timer fired: the task's team was reminded that it is due at {@code dueAt}. */
  public record TeamReminded(UUID requestId, long jobKey, String taskName, Instant dueAt, String dueInWords) {}

  /** The SLA broke: the team lead was told the task is overdue since {@code dueAt}. */
  public record SlaBreached(UUID requestId, long jobKey, String taskName, Instant dueAt, String dueInWords) {}

  /** Still open at twice the SLA (complaints): the process owners were told. */
  public record EscalatedToProcessOwners(UUID requestId, long jobKey, String taskName, Instant dueAt) {}
}
