package io.omnichannel.journeys.reservation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess.Variables;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class SendPickupCodeWorker {

  private final ReservationSteps steps;

  SendPickupCodeWorker(ReservationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.SEND_PICKUP_CODE)
  public Map<String, Object> sendPickupCode(
      ActivatedJob job, @Variable(name = Variables.REQUEST_ID) String requestId, @Variable(name = Variables.CONFIRMED_BY) String confirmedBy) {
    return steps.sendPickupCode(UUID.fromString(requestId), confirmedBy, ReservationSteps.Journey.of(job)).toVariables();
  }
}
