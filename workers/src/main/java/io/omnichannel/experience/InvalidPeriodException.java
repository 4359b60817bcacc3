package io.omnichannel.experience;

import java.util.Map;

/** A period the dashboard cannot show; a message per field ({@code from}, {@code to}). */
public class InvalidPeriodException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidPeriodException(Map<String, String> fieldErrors) {
    super("Invalid period: " + fieldErrors);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
