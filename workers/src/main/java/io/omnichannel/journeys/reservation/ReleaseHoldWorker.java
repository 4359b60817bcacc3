package io.omnichannel.journeys.reservation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.inventory.ReleaseReason;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.processes.ReservationProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class ReleaseHoldWorker {

  private final ReservationSteps steps;

  ReleaseHoldWorker(ReservationSteps steps) {
    this.steps = steps;
  }

  /** The header {@code releaseReason} names why; a model without it is a modelling error (incident). */
  @JobWorker(type = JobTypes.RELEASE_HOLD)
  public void releaseHold(ActivatedJob job, @Variable(name = Variables.REQUEST_ID) String requestId) {
    String reason = job.getCustomHeaders().get(ReservationProcess.HEADER_RELEASE_REASON);
    steps.release(UUID.fromString(requestId), ReleaseReason.valueOf(reason), ReservationSteps.Journey.of(job));
  }
}
