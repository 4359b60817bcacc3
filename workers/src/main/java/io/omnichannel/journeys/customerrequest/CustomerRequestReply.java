package io.omnichannel.journeys.customerrequest;

import io.omnichannel.conversation.StaffReplyFields;
import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.tasks.TaskForm;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The staff decision of form {@code customer-request-reply}: answer the question or callback in writing (for a callback: what was said on the phone), or ask the customer first.
 */
@Component
class CustomerRequestReply implements TaskForm {

  @Override
  public String formKey() {
    return CustomerRequestProcess.FORM_KEY_REPLY;
  }

  @Override
  public String fragment() {
    return "journeys/customerrequest/tasks :: reply";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    return StaffReplyFields.answerOrAsk(input);
  }
}
