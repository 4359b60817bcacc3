package io.omnichannel.requests;

import java.util.Map;

/** The submission was refused and nothing was written; the field errors say why, in the customer's words. */
public class InvalidSubmissionException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidSubmissionException(Map<String, String> fieldErrors) {
    super("Invalid submission: " + fieldErrors);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** Field name (as in the intake form or the API body) to message. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
