package io.omnichannel.requests;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class AcknowledgeRequestWorker {

  private final RequestProgress progress;

  AcknowledgeRequestWorker(RequestProgress progress) {
    this.progress = progress;
  }

  @JobWorker(type = JobTypes.ACKNOWLEDGE_REQUEST)
  public void acknowledge(@Variable(name = Variables.REQUEST_ID) String requestId) {
    progress.acknowledge(UUID.fromString(requestId));
  }
}
