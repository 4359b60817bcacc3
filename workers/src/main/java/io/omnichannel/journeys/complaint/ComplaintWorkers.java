package io.omnichannel.journeys.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.processes.JobTypes;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The complaint model's own job types; each delegates to {@link ComplaintEscalations}. */
@Component
class ComplaintWorkers {

  private final ComplaintEscalations escalations;

  ComplaintWorkers(ComplaintEscalations escalations) {
    this.escalations = escalations;
  }

  @JobWorker(type = JobTypes.ALERT_PUBLIC_COMPLAINT)
  public void alertPublicComplaint(@Variable(name = Variables.REQUEST_ID) String requestId) {
    escalations.alertPublic(UUID.fromString(requestId));
  }

  @JobWorker(type = JobTypes.ESCALATE_REPEATED_COMPLAINT)
  public Map<String, Object> escalateRepeatedComplaint(
      @Variable(name = Variables.REQUEST_ID) String requestId, @Variable(name = Variables.CONTACT_NUMBER) int contactNumber) {
    return Map.of(Variables.TASK_PRIORITY, escalations.repeated(UUID.fromString(requestId), contactNumber));
  }
}
