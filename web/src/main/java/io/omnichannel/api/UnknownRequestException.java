package io.omnichannel.api;

/** No request with this reference. Answered with 404, as for any reference that was never issued. */
class UnknownRequestException extends RuntimeException {

  UnknownRequestException(String reference) {
    super("There is no request with the reference " + reference + ".");
  }
}
