package io.omnichannel.outbox;

/**
 * The engine refused a message because it is overloaded (its backpressure): nothing is wrong with
 * the message, the same one is accepted once the engine has caught up.
 */
public class EngineBusyException extends RuntimeException {

  public EngineBusyException(Throwable refusal) {
    super(refusal.getMessage(), refusal);
  }
}
