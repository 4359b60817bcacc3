package io.omnichannel.tasks;

/** The engine no longer has the task: a boundary event or a cancellation removed it, or a colleague finished it. */
public class TaskGoneException extends RuntimeException {

  private final long jobKey;

  public TaskGoneException(long jobKey, Throwable cause) {
    super("this task no longer exists: it was cancelled or completed elsewhere (task " + jobKey + ")", cause);
    this.jobKey = jobKey;
  }

  public long jobKey() {
    return jobKey;
  }
}
