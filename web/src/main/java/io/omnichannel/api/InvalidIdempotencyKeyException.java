package io.omnichannel.api;

/** The Idempotency-Key header is empty, too long or not printable ASCII. Answered with 400. */
class InvalidIdempotencyKeyException extends RuntimeException {

  InvalidIdempotencyKeyException() {
    super("The Idempotency-Key header must be 1 to 100 printable ASCII characters, e.g. a UUID.");
  }
}
