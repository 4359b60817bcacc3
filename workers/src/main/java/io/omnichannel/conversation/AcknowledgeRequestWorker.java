package io.omnichannel.conversation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class AcknowledgeRequestWorker {

  private final CustomerConversation conversation;

  AcknowledgeRequestWorker(CustomerConversation conversation) {
    this.conversation = conversation;
  }

  @JobWorker(type = JobTypes.ACKNOWLEDGE_REQUEST)
  public void acknowledge(@Variable(name = Variables.REQUEST_ID) String requestId) {
    conversation.acknowledge(UUID.fromString(requestId));
  }
}
