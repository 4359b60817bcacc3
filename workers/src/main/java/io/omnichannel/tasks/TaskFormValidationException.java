package io.omnichannel.tasks;

import java.util.Map;

/** The submitted form has errors; nothing was completed. Keys are form field names. */
public class TaskFormValidationException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public TaskFormValidationException(Map<String, String> fieldErrors) {
    super("the form has errors: " + fieldErrors);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
