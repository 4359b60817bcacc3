package io.omnichannel.journeys.clickandcollect;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.ClickAndCollectProcess.Variables;
import io.omnichannel.processes.JobTypes;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The job workers of the click-and-collect model's own steps; each hands its step to {@link
 * CollectSteps}. Its pickup steps are the reservation's workers, which tell the journeys apart.
 */
@Component
public class ClickAndCollectWorkers {

  private final CollectSteps steps;

  ClickAndCollectWorkers(CollectSteps steps) {
    this.steps = steps;
  }

  @JobWorker(type = JobTypes.CONFIRM_COLLECT_ORDER)
  public Map<String, Object> confirm(@Variable(name = Variables.REQUEST_ID) String requestId, @Variable(name = Variables.STORE_ID) String storeId) {
    return steps.confirm(UUID.fromString(requestId), storeId);
  }

  @JobWorker(type = JobTypes.COMPARE_PICKUP_DATE)
  public Map<String, Object> compare(
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.PROMISED_PICKUP_DATE) String promisedPickupDate,
      @Variable(name = Variables.READY_AT) String readyAt) {
    return steps.comparePickupDate(UUID.fromString(requestId), promisedPickupDate, readyAt);
  }

  @JobWorker(type = JobTypes.TELL_NEW_PICKUP_DATE)
  public void tellNewPickupDate(
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.PICKUP_DATE) String pickupDate,
      @Variable(name = Variables.PROMISED_PICKUP_DATE) String promisedPickupDate) {
    steps.tellNewPickupDate(UUID.fromString(requestId), pickupDate, promisedPickupDate);
  }
}
