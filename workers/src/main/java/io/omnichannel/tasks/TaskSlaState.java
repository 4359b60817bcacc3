package io.omnichannel.tasks;

public enum TaskSlaState {
  ON_TIME,
  REMINDED,
  ESCALATED
}
