package io.omnichannel.requests;

public enum RequestStatus {
  RECEIVED,
  IN_PROGRESS,
  WAITING_FOR_STAFF,
  /** Staff asked the customer a question; the team's SLA clock does not run. */
  WAITING_FOR_CUSTOMER,
  /** A reservation is set aside with a pickup code; the model's expiry timer owns the wait. */
  WAITING_FOR_PICKUP,
  /** The answer is written and queued as a mail; the request is answered once the mail is delivered. */
  DELIVERING_ANSWER,
  /** An order's parcels are packed and on their way; the model's hand-over and delivery timers own the wait. */
  IN_DELIVERY,
  RESOLVED,
  CLOSED;

  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }

  /** Open, but the next move is the customer's: a timer in the model owns the wait. */
  public boolean waitsOnTheCustomer() {
    return this == WAITING_FOR_CUSTOMER || this == WAITING_FOR_PICKUP;
  }

  /** Open, but the next move is someone's outside (the customer, a carrier): a timer in the model owns the wait. */
  public boolean waitsOutside() {
    return waitsOnTheCustomer() || this == IN_DELIVERY;
  }
}
