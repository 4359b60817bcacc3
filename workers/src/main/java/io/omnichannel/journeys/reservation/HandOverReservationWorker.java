package io.omnichannel.journeys.reservation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class HandOverReservationWorker {

  private final ReservationSteps steps;

  HandOverReservationWorker(ReservationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.HAND_OVER_RESERVATION)
  public void handOver(
      ActivatedJob job, @Variable(name = Variables.REQUEST_ID) String requestId, @Variable(name = Variables.HANDED_OVER_BY) String handedOverBy) {
    steps.handOver(UUID.fromString(requestId), handedOverBy, ReservationSteps.Journey.of(job));
  }
}
