package io.omnichannel.portal;

import io.omnichannel.requests.RequestStatus;

/** A request's status in the customer's words. */
final class CustomerStatus {

  private CustomerStatus() {}

  static String describe(RequestStatus status) {
    return switch (status) {
      case RECEIVED -> "Received — we are starting on it";
      case IN_PROGRESS -> "In progress";
      case WAITING_FOR_STAFF -> "A colleague of our service centre is looking at it";
      case WAITING_FOR_CUSTOMER -> "We have a question for you — please answer below";
      case WAITING_FOR_PICKUP -> "Set aside for you — show your pickup code at the store";
      case IN_DELIVERY -> "On its way to you";
      case DELIVERING_ANSWER -> "Our answer is on its way to you by e-mail";
      case RESOLVED -> "Answered — we have sent you our reply";
      case CLOSED -> "Done";
    };
  }
}
