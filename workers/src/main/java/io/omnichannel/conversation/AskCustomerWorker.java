package io.omnichannel.conversation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class AskCustomerWorker {

  private final CustomerConversation conversation;

  AskCustomerWorker(CustomerConversation conversation) {
    this.conversation = conversation;
  }

  /** One mail per question: the element instance is the same on redelivery and new when staff ask again. */
  @JobWorker(type = JobTypes.ASK_CUSTOMER)
  public void askCustomer(
      ActivatedJob job,
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.QUESTION_TEXT) String questionText) {
    conversation.askCustomer(UUID.fromString(requestId), questionText, "question:" + job.getElementInstanceKey());
  }
}
