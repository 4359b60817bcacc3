package io.omnichannel.tasks;

/** A task cannot go to this colleague, or this user may not hand it out; the message says why. */
public class TaskAssignmentRefusedException extends RuntimeException {

  public TaskAssignmentRefusedException(String message) {
    super(message);
  }
}
