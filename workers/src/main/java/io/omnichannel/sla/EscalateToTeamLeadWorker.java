package io.omnichannel.sla;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import org.springframework.stereotype.Component;

/** The due date of a staff task passed: its team lead hears about it. */
@Component
public class EscalateToTeamLeadWorker {

  private final SlaLadder ladder;

  EscalateToTeamLeadWorker(SlaLadder ladder) {
    this.ladder = ladder;
  }

  @JobWorker(type = JobTypes.ESCALATE_TO_TEAM_LEAD)
  public void escalateToTeamLead(ActivatedJob job) {
    ladder.escalateToTeamLead(job.getProcessInstanceKey());
  }
}
