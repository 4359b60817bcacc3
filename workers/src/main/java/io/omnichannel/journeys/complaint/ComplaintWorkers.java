package io.omnichannel.journeys.complaint;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.processes.JobTypes;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The complaint model's own job types; each delegates to {@link ComplaintEscalations}, {@link ComplaintDigest} or {@link ComplaintRatings}. */
@Component
public class ComplaintWorkers {

  private final ComplaintEscalations escalations;
  private final ComplaintDigest digest;
  private final ComplaintRatings ratings;

  ComplaintWorkers(ComplaintEscalations escalations, ComplaintDigest digest, ComplaintRatings ratings) {
    this.escalations = escalations;
    this.digest = digest;
    this.ratings = ratings;
  }

  @JobWorker(type = JobTypes.INVITE_COMPLAINT_RATING)
  public void inviteComplaintRating(@Variable(name = Variables.REQUEST_ID) String requestId) {
    ratings.invite(UUID.fromString(requestId));
  }

  @JobWorker(type = JobTypes.REOPEN_COMPLAINT)
  public Map<String, Object> reopenComplaint(@Variable(name = Variables.REQUEST_ID) String requestId) {
    return Map.of(Variables.TEAM_LEAD, ratings.reopen(UUID.fromString(requestId)));
  }

  @JobWorker(type = JobTypes.SEND_COMPLAINT_DIGEST)
  public void sendComplaintDigest(@Variable(name = Variables.DIGEST_DATE) String digestDate) {
    digest.send(java.time.LocalDate.parse(digestDate));
  }

  @JobWorker(type = JobTypes.ALERT_PUBLIC_COMPLAINT)
  public void alertPublicComplaint(@Variable(name = Variables.REQUEST_ID) String requestId) {
    escalations.alertPublic(UUID.fromString(requestId));
  }

  @JobWorker(type = JobTypes.ESCALATE_REPEATED_COMPLAINT)
  public Map<String, Object> escalateRepeatedComplaint(
      @Variable(name = Variables.REQUEST_ID) String requestId, @Variable(name = Variables.CONTACT_NUMBER) int contactNumber) {
    ComplaintEscalations.Escalated escalated = escalations.repeated(UUID.fromString(requestId), contactNumber);
    return Map.of(Variables.TASK_PRIORITY, escalated.priority(), Variables.CONTACT_IN_PUBLIC, escalated.inPublic());
  }
}
