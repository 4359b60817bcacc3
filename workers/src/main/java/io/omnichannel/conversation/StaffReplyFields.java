package io.omnichannel.conversation;

import io.omnichannel.processes.SharedModel.Variables;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.LinkedHashMap;
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

  /**
   * The variables of a reply task where staff either answer or ask the customer first: the decision
   * and its text; the text of the other choice is cleared so no stale value reaches a worker.
   *
   * @throws TaskFormValidationException with one message per missing or too short field
   */
  public static Map<String, Object> answerOrAsk(Map<String, ?> input) {
    Map<String, String> errors = new LinkedHashMap<>();
    String decision = TaskFormFields.text(input.get(Variables.DECISION));
    String answer = null;
    String question = null;
    if (Variables.DECISION_ANSWER.equals(decision)) {
      answer = answer(input, errors);
    } else if (Variables.DECISION_ASK_CUSTOMER.equals(decision)) {
      question = question(input, errors);
    } else {
      errors.put(Variables.DECISION, "Choose whether to answer the customer or to ask her a question.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.DECISION, decision);
    variables.put(Variables.ANSWER_TEXT, answer);
    variables.put(Variables.QUESTION_TEXT, question);
    return variables;
  }
}
