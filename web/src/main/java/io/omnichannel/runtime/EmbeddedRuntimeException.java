package io.omnichannel.runtime;

/**
 * The embedded runtime could not start. The message says what failed; {@link #action()} says what
 * the user can do about it (shown by {@link EmbeddedRuntimeFailureAnalyzer}).
 */
public class EmbeddedRuntimeException extends RuntimeException {

  private final String action;

  public EmbeddedRuntimeException(String message, String action) {
    this(message, action, null);
  }

  public EmbeddedRuntimeException(String message, String action, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
