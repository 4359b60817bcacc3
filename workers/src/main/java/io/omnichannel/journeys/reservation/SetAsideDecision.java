package io.omnichannel.journeys.reservation;

import io.omnichannel.processes.ReservationProcess.Variables;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's answer in form {@code reservation-set-aside}: the piece is set aside (labelled, out of
 * the sales floor), or it cannot be, with a note the customer reads.
 *
 * @param confirmedBy the staff member completing the task; recorded on the hold
 */
record SetAsideDecision(String setAside, String note, String confirmedBy) {

  public static final int MIN_NOTE_LENGTH = 10;

  /** Validates raw form input. @throws TaskFormValidationException with one message per bad field */
  static SetAsideDecision from(Map<String, ?> input, String username) {
    Map<String, String> errors = new LinkedHashMap<>();
    String setAside = TaskFormFields.text(input.get(Variables.SET_ASIDE));
    String note = TaskFormFields.text(input.get(Variables.SET_ASIDE_NOTE));
    if (Variables.SET_ASIDE_NOT_AVAILABLE.equals(setAside)) {
      if (note == null || note.length() < MIN_NOTE_LENGTH) {
        errors.put(Variables.SET_ASIDE_NOTE, "Tell the customer in a sentence why the piece cannot be set aside (at least " + MIN_NOTE_LENGTH + " characters).");
      }
    } else if (Variables.SET_ASIDE_CONFIRMED.equals(setAside)) {
      note = null;
    } else {
      errors.put(Variables.SET_ASIDE, "Choose whether the piece is set aside or cannot be.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    return new SetAsideDecision(setAside, note, username);
  }

  Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.SET_ASIDE, setAside);
    variables.put(Variables.SET_ASIDE_NOTE, note);
    variables.put(Variables.CONFIRMED_BY, confirmedBy);
    return variables;
  }
}
