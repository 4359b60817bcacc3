package io.omnichannel.requests;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class SendAnswerWorker {

  private final RequestProgress progress;

  SendAnswerWorker(RequestProgress progress) {
    this.progress = progress;
  }

  @JobWorker(type = JobTypes.SEND_ANSWER)
  public void sendAnswer(
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.ANSWER_TEXT) String answerText) {
    progress.sendAnswer(UUID.fromString(requestId), answerText);
  }
}
