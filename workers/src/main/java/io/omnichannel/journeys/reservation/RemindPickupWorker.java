package io.omnichannel.journeys.reservation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class RemindPickupWorker {

  private final ReservationSteps steps;

  RemindPickupWorker(ReservationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.REMIND_PICKUP)
  public void remindPickup(ActivatedJob job, @Variable(name = Variables.REQUEST_ID) String requestId) {
    steps.remindPickup(UUID.fromString(requestId), ReservationSteps.Journey.of(job));
  }
}
