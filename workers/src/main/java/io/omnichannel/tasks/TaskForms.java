package io.omnichannel.tasks;

import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.processes.ReservationProcess;
import java.util.HashMap;
import java.util.Map;

/** Server-side validation of task forms, by form key; the result are the variables the task completes with. */
final class TaskForms {

  private TaskForms() {}

  static Map<String, Object> variablesFor(String formKey, Map<String, ?> input, String username) {
    if (ManualRequestProcess.FORM_KEY_REVIEW.equals(formKey)) {
      return ReviewDecision.from(input).toVariables();
    }
    if (CustomerRequestProcess.FORM_KEY_REPLY.equals(formKey)) {
      return CustomerRequestReply.from(input).toVariables();
    }
    if (ReservationProcess.FORM_KEY_SET_ASIDE.equals(formKey)) {
      return SetAsideDecision.from(input, username).toVariables();
    }
    return new HashMap<>(input);
  }
}
