package io.omnichannel.sla;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import org.springframework.stereotype.Component;

/** A complaint is still open at the policy's process-owner share of its SLA (twice it by default): the process owners hear about it. */
@Component
public class NotifyProcessOwnersWorker {

  private final SlaLadder ladder;

  NotifyProcessOwnersWorker(SlaLadder ladder) {
    this.ladder = ladder;
  }

  @JobWorker(type = JobTypes.NOTIFY_PROCESS_OWNERS)
  public void notifyProcessOwners(ActivatedJob job) {
    ladder.notifyProcessOwners(job.getProcessInstanceKey());
  }
}
