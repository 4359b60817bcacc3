package io.omnichannel.tasks;

/** The task is in a state that refuses the action: already completed, or claimed by a colleague. */
public class TaskConflictException extends RuntimeException {

  public TaskConflictException(String message) {
    super(message);
  }
}
