package io.omnichannel.integrations;

/** The Idempotency-Key was used before for a different call; nothing was written. */
public class IdempotencyConflictException extends RuntimeException {

  public IdempotencyConflictException(String key) {
    super("The Idempotency-Key '" + key + "' was already used for a different request.");
  }
}
