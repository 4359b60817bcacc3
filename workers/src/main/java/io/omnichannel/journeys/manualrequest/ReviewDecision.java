package io.omnichannel.journeys.manualrequest;

import io.omnichannel.conversation.StaffReplyFields;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The staff decision of form {@code manual-request-review}: send a manual from the library,
 * answer in writing, or ask the customer a question first.
 */
record ReviewDecision(String decision, UUID manualDocumentId, String answerText, String questionText) {

  /** Validates raw form input. @throws TaskFormValidationException with one message per bad field */
  static ReviewDecision from(Map<String, ?> input) {
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
      answer = StaffReplyFields.answer(input, errors);
    } else if (Variables.DECISION_ASK_CUSTOMER.equals(decision)) {
      question = StaffReplyFields.question(input, errors);
    } else {
      errors.put(Variables.DECISION, "Choose whether to send a manual, to answer the customer or to ask her a question.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    return new ReviewDecision(decision, documentId, answer, question);
  }

  /** The process variables; the fields of the other choices are cleared so no stale value steers the model. */
  Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.DECISION, decision);
    variables.put(Variables.MANUAL_DOCUMENT_ID, manualDocumentId == null ? null : manualDocumentId.toString());
    variables.put(Variables.ANSWER_TEXT, answerText);
    variables.put(Variables.QUESTION_TEXT, questionText);
    return variables;
  }
}
