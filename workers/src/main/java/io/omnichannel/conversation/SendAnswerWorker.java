package io.omnichannel.conversation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class SendAnswerWorker {

  private final CustomerConversation conversation;

  SendAnswerWorker(CustomerConversation conversation) {
    this.conversation = conversation;
  }

  @JobWorker(type = JobTypes.SEND_ANSWER)
  public void sendAnswer(
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.ANSWER_TEXT) String answerText) {
    conversation.sendAnswer(UUID.fromString(requestId), answerText);
  }
}
