package io.omnichannel.conversation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class RemindCustomerWorker {

  private final CustomerConversation conversation;

  RemindCustomerWorker(CustomerConversation conversation) {
    this.conversation = conversation;
  }

  @JobWorker(type = JobTypes.REMIND_CUSTOMER)
  public void remindCustomer(ActivatedJob job, @Variable(name = Variables.REQUEST_ID) String requestId) {
    conversation.remindCustomer(UUID.fromString(requestId), "question-reminder:" + job.getElementInstanceKey());
  }
}
