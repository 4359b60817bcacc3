package io.omnichannel.tasks;

import java.util.Map;

/** Reading and checking the free-text fields that several task forms share. */
final class TaskFormFields {

  private TaskFormFields() {}

  /** The stripped value, or null when the field is missing or blank. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** The written answer to the customer; records a field error when it is shorter than the minimum. */
  static String answer(Map<String, ?> input, String field, Map<String, String> errors) {
    return atLeast(input, field, ReviewDecision.MIN_ANSWER_LENGTH, "an answer", errors);
  }

  /** The question to the customer; records a field error when it is shorter than the minimum. */
  static String question(Map<String, ?> input, String field, Map<String, String> errors) {
    return atLeast(input, field, ReviewDecision.MIN_QUESTION_LENGTH, "a question", errors);
  }

  private static String atLeast(
      Map<String, ?> input, String field, int minLength, String what, Map<String, String> errors) {
    String text = text(input.get(field));
    if (text == null || text.length() < minLength) {
      errors.put(field, "Write the customer " + what + " of at least " + minLength + " characters.");
    }
    return text;
  }
}
