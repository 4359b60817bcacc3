package io.omnichannel.journeys.complaint;

import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The team lead's task on a complaint reopened by a poor rating (form {@code complaint-reopened}): what was done about it. */
@Component
class ComplaintReopenedForm implements TaskForm {

  static final int MIN_OUTCOME = 20;
  static final int MAX_OUTCOME = 4000;

  @Override
  public String formKey() {
    return ComplaintProcess.FORM_KEY_REOPENED;
  }

  @Override
  public String fragment() {
    return "journeys/complaint/tasks :: reopened";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    String outcome = TaskFormFields.text(input.get(Variables.REOPEN_OUTCOME));
    if (outcome == null || outcome.strip().length() < MIN_OUTCOME) {
      throw new TaskFormValidationException(Map.of(Variables.REOPEN_OUTCOME,
          "Please write down what you did and agreed with the customer (at least 20 characters)."));
    }
    if (outcome.length() > MAX_OUTCOME) {
      throw new TaskFormValidationException(Map.of(Variables.REOPEN_OUTCOME, "Please keep it under 4,000 characters."));
    }
    return Map.of(Variables.REOPEN_OUTCOME, outcome.strip());
  }
}
