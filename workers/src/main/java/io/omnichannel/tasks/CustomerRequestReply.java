package io.omnichannel.tasks;

import io.omnichannel.processes.CustomerRequestProcess.Variables;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff decision of form {@code customer-request-reply}: answer the question, complaint or
 * callback in writing (for a callback: what was said on the phone), or ask the customer first.
 */
public record CustomerRequestReply(String decision, String answerText, String questionText) {

  public static final int MIN_ANSWER_LENGTH = ReviewDecision.MIN_ANSWER_LENGTH;
  public static final int MIN_QUESTION_LENGTH = ReviewDecision.MIN_QUESTION_LENGTH;

  /** Validates raw form input. @throws TaskFormValidationException with one message per bad field */
  public static CustomerRequestReply from(Map<String, ?> input) {
    Map<String, String> errors = new LinkedHashMap<>();
    String decision = TaskFormFields.text(input.get(Variables.DECISION));
    String answer = null;
    String question = null;
    if (Variables.DECISION_ANSWER.equals(decision)) {
      answer = TaskFormFields.answer(input, Variables.ANSWER_TEXT, errors);
    } else if (Variables.DECISION_ASK_CUSTOMER.equals(decision)) {
      question = TaskFormFields.question(input, Variables.QUESTION_TEXT, errors);
    } else {
      errors.put(Variables.DECISION, "Choose whether to answer the customer or to ask her a question.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    return new CustomerRequestReply(decision, answer, question);
  }

  /** The process variables; the text of the other choice is cleared so no stale value reaches a worker. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.DECISION, decision);
    variables.put(Variables.ANSWER_TEXT, answerText);
    variables.put(Variables.QUESTION_TEXT, questionText);
    return variables;
  }
}
