package io.omnichannel.tasks;

import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The staff decision of form {@code manual-request-review}: send a manual from the library, or
 * answer in writing.
 */
public record ReviewDecision(String decision, UUID manualDocumentId, String answerText) {

  public static final int MIN_ANSWER_LENGTH = 20;

  /** Validates raw form input. @throws TaskFormValidationException with one message per bad field */
  public static ReviewDecision from(Map<String, ?> input) {
    Map<String, String> errors = new LinkedHashMap<>();
    String decision = text(input.get(Variables.DECISION));
    UUID documentId = null;
    String answer = null;
    if (Variables.DECISION_SEND_MANUAL.equals(decision)) {
      String id = text(input.get(Variables.MANUAL_DOCUMENT_ID));
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
      answer = text(input.get(Variables.ANSWER_TEXT));
      if (answer == null || answer.length() < MIN_ANSWER_LENGTH) {
        errors.put(
            Variables.ANSWER_TEXT, "Write the customer an answer of at least " + MIN_ANSWER_LENGTH + " characters.");
      }
    } else {
      errors.put(Variables.DECISION, "Choose whether to send a manual or to answer the customer.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    return new ReviewDecision(decision, documentId, answer);
  }

  /** The process variables; the field of the other choice is cleared so no stale value steers the model. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.DECISION, decision);
    variables.put(Variables.MANUAL_DOCUMENT_ID, manualDocumentId == null ? null : manualDocumentId.toString());
    variables.put(Variables.ANSWER_TEXT, answerText);
    return variables;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
