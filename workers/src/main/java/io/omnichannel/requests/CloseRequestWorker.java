package io.omnichannel.requests;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class CloseRequestWorker {

  private final RequestProgress progress;

  CloseRequestWorker(RequestProgress progress) {
    this.progress = progress;
  }

  @JobWorker(type = JobTypes.CLOSE_REQUEST)
  public void close(@Variable(name = Variables.REQUEST_ID) String requestId) {
    progress.close(UUID.fromString(requestId));
  }
}
