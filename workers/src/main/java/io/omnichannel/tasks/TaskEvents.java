package io.omnichannel.tasks;

import java.util.UUID;

/**
 * What happens to a staff task that the request's history records. Each event is published in the
 * transaction of the change, so the history is written with it or not at all; {@code requestId}
 * is never null (tasks of no request publish nothing).
 */
public final class TaskEvents {

  private TaskEvents() {}

  /** A new task is in a team's queue; {@code teamName} is the first candidate team's, or null. */
  public record TaskCreated(UUID requestId, long jobKey, String taskName, String teamName) {}

  /** A team lead gave the task to a colleague. */
  public record TaskAssigned(UUID requestId, long jobKey, String taskName, String assigneeName, String assignedBy) {}

  /**
   * A colleague completed the task.
   *
   * @param formKey its form's key in the model
   * @param variables what the form handed to the process (the outcome a journey may note in the customer's history)
   */
  public record TaskCompleted(UUID requestId, long jobKey, String taskName, String completedBy, String formKey, java.util.Map<String, Object> variables) {

    public TaskCompleted {
      variables = variables == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables));
    }
  }

  /** The task went back to its team's queue: the colleague who had claimed it is absent. */
  public record TaskReturnedToQueue(UUID requestId, long jobKey, String taskName, String absentName) {}

  /** A colleague wrote to the customer from the task (the mail is in the outbox). */
  public record CustomerReplySent(UUID requestId, long jobKey, String subject, String sentBy) {}
}
