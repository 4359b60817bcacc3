package io.omnichannel.journeys.complaint;

import io.omnichannel.conversation.StaffReplyFields;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.tasks.TaskForm;
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

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    return StaffReplyFields.answerOrAsk(input);
  }
}
