package io.omnichannel.conversation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class CloseRequestWorker {

  private final CustomerConversation conversation;

  CloseRequestWorker(CustomerConversation conversation) {
    this.conversation = conversation;
  }

  @JobWorker(type = JobTypes.CLOSE_REQUEST)
  public void close(@Variable(name = Variables.REQUEST_ID) String requestId) {
    conversation.close(UUID.fromString(requestId));
  }
}
