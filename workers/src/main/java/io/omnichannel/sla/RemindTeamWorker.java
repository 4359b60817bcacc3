package io.omnichannel.sla;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import org.springframework.stereotype.Component;

/** The reminder timer on a staff task fired: the team hears about it. */
@Component
public class RemindTeamWorker {

  private final SlaLadder ladder;

  RemindTeamWorker(SlaLadder ladder) {
    this.ladder = ladder;
  }

  @JobWorker(type = JobTypes.REMIND_TEAM)
  public void remindTeam(ActivatedJob job) {
    ladder.remindTeam(job.getProcessInstanceKey());
  }
}
