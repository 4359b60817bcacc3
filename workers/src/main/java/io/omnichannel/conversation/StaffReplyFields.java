package io.omnichannel.conversation;

import io.omnichannel.processes.SharedModel.Variables;
import io.omnichannel.tasks.TaskFormFields;
import java.util.Map;

/**
 * The fields of a task form where staff answer the customer in writing ({@code answerText}) or ask
 * her a question first ({@code questionText}); the sending steps of this module read them.
 */
public final class StaffReplyFields {

  public static final int MIN_ANSWER_LENGTH = 20;
  public static final int MIN_QUESTION_LENGTH = 10;

  private StaffReplyFields() {}

  /** The written answer; records a field error when it is shorter than the minimum. */
  public static String answer(Map<String, ?> input, Map<String, String> errors) {
    return TaskFormFields.atLeast(input, Variables.ANSWER_TEXT, MIN_ANSWER_LENGTH, "Write the customer an answer", errors);
  }

  /** The question; records a field error when it is shorter than the minimum. */
  public static String question(Map<String, ?> input, Map<String, String> errors) {
    return TaskFormFields.atLeast(input, Variables.QUESTION_TEXT, MIN_QUESTION_LENGTH, "Write the customer a question", errors);
  }
}
