package io.omnichannel.requests;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class RemindCustomerWorker {

  private final RequestProgress progress;

  RemindCustomerWorker(RequestProgress progress) {
    this.progress = progress;
  }

  @JobWorker(type = JobTypes.REMIND_CUSTOMER)
  public void remindCustomer(ActivatedJob job, @Variable(name = Variables.REQUEST_ID) String requestId) {
    progress.remindCustomer(UUID.fromString(requestId), "question-reminder:" + job.getElementInstanceKey());
  }
}
