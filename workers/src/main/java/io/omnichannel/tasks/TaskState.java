package io.omnichannel.tasks;

public enum TaskState {
  OPEN,
  COMPLETED,
  /** The engine no longer knows the job: a boundary event or a cancellation removed it. */
  CANCELLED
}
