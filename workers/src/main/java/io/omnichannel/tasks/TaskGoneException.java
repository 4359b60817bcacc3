package io.omnichannel.tasks;

/** The engine no longer has the task: a boundary event or a cancellation removed it, or a colleague finished it. */
public class TaskGoneException extends RuntimeException {

  private final long jobKey;

  public TaskGoneException(long jobKey, Throwable cause) {
    super(
        "This task is gone: it was cancelled because the request no longer needs it, or it was finished"
            + " elsewhere. Nothing was changed (task " + jobKey + ").",
        cause);
    this.jobKey = jobKey;
  }

  public long jobKey() {
    return jobKey;
  }
}
