package io.omnichannel.journeys.complaint;

import io.omnichannel.conversation.StaffReplyFields;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The staff decision of form {@code complaint-reply}: answer the complaint in writing, or ask the customer first. */
@Component
class ComplaintReply implements TaskForm {

  @Override
  public String formKey() {
    return ComplaintProcess.FORM_KEY_REPLY;
  }

  @Override
  public String fragment() {
    return "journeys/complaint/tasks :: reply";
  }

  /** The process variables; the text of the other choice is cleared so no stale value reaches a worker. */
  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    Map<String, String> errors = new LinkedHashMap<>();
    String decision = TaskFormFields.text(input.get(Variables.DECISION));
    String answer = null;
    String question = null;
    if (Variables.DECISION_ANSWER.equals(decision)) {
      answer = StaffReplyFields.answer(input, errors);
    } else if (Variables.DECISION_ASK_CUSTOMER.equals(decision)) {
      question = StaffReplyFields.question(input, errors);
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
