package io.omnichannel.tasks;

import java.util.Map;

/** Reading and checking the fields of task forms. */
public final class TaskFormFields {

  private TaskFormFields() {}

  /** The stripped value, or null when the field is missing or blank. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * The field's text; records a field error when it is missing or shorter than {@code minLength}.
   *
   * @param what the instruction, e.g. "Write the customer an answer"
   */
  public static String atLeast(Map<String, ?> input, String field, int minLength, String what, Map<String, String> errors) {
    String text = text(input.get(field));
    if (text == null || text.length() < minLength) {
      errors.put(field, what + " of at least " + minLength + " characters.");
    }
    return text;
  }
}
