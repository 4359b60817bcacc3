package io.omnichannel.api;

import java.util.Map;

/** Input the API refuses before the intake sees it; nothing was written. Answered with 422. */
class InvalidApiInputException extends RuntimeException {

  private final Map<String, String> errors;

  InvalidApiInputException(Map<String, String> errors) {
    super("Invalid input: " + errors);
    this.errors = Map.copyOf(errors);
  }

  Map<String, String> errors() {
    return errors;
  }
}
