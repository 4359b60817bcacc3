package io.omnichannel.requests;

public enum RequestStatus {
  RECEIVED,
  IN_PROGRESS,
  WAITING_FOR_STAFF,
  /** Staff asked the customer a question; the team's SLA clock does not run. */
  WAITING_FOR_CUSTOMER,
  RESOLVED,
  CLOSED;

  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }
}
