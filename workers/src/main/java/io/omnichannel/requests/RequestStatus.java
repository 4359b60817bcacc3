package io.omnichannel.requests;

public enum RequestStatus {
  RECEIVED,
  IN_PROGRESS,
  WAITING_FOR_STAFF,
  RESOLVED,
  CLOSED;

  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }
}
