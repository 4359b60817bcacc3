package io.omnichannel.tasks;

import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The staff decision of form {@code manual-request-review}: send a manual from the library,
 * answer in writing, or ask the customer a question first.
 */
public record ReviewDecision(String decision, UUID manualDocumentId, String answerText, String questionText) {

  public static final int MIN_ANSWER_LENGTH = 20;
  public static final int MIN_QUESTION_LENGTH = 10;

  /** Validates raw form input. @throws TaskFormValidationException with one message per bad field */
  public static ReviewDecision from(Map<String, ?> input) {
    Map<String, String> errors = new LinkedHashMap<>();
    String decision = TaskFormFields.text(input.get(Variables.DECISION));
    UUID documentId = null;
    String answer = null;
    String question = null;
    if (Variables.DECISION_SEND_MANUAL.equals(decision)) {
      String id = TaskFormFields.text(input.get(Variables.MANUAL_DOCUMENT_ID));
      if (id == null) {
        errors.put(Variables.MANUAL_DOCUMENT_ID, "Choose the manual to send.");
      } else {
        try {
          documentId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
          errors.put(Variables.MANUAL_DOCUMENT_ID, "This is not a document id of the library.");
        }
      }
    } else if (Variables.DECISION_ANSWER.equals(decision)) {
      answer = TaskFormFields.answer(input, Variables.ANSWER_TEXT, errors);
    } else if (Variables.DECISION_ASK_CUSTOMER.equals(decision)) {
      question = TaskFormFields.question(input, Variables.QUESTION_TEXT, errors);
    } else {
      errors.put(Variables.DECISION, "Choose whether to send a manual, to answer the customer or to ask her a question.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    return new ReviewDecision(decision, documentId, answer, question);
  }

  /** The process variables; the fields of the other choices are cleared so no stale value steers the model. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.DECISION, decision);
    variables.put(Variables.MANUAL_DOCUMENT_ID, manualDocumentId == null ? null : manualDocumentId.toString());
    variables.put(Variables.ANSWER_TEXT, answerText);
    variables.put(Variables.QUESTION_TEXT, questionText);
    return variables;
  }

}
