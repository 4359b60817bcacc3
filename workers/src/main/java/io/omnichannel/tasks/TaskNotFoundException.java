package io.omnichannel.tasks;

public class TaskNotFoundException extends RuntimeException {

  public TaskNotFoundException(long jobKey) {
    super("there is no task " + jobKey);
  }
}
