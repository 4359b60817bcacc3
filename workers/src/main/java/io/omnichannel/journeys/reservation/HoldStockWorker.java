package io.omnichannel.journeys.reservation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess.Variables;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class HoldStockWorker {

  private final ReservationSteps steps;

  HoldStockWorker(ReservationSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.HOLD_STOCK)
  public Map<String, Object> holdStock(@Variable(name = Variables.REQUEST_ID) String requestId) {
    return Map.of(Variables.STOCK_HELD, steps.hold(UUID.fromString(requestId)));
  }
}
