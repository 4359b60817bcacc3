package io.omnichannel.journeys.manualrequest;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class FindManualWorker {

  private final ManualLookup lookup;

  FindManualWorker(ManualLookup lookup) {
    this.lookup = lookup;
  }

  @JobWorker(type = JobTypes.FIND_MANUAL)
  public ManualLookup.Outcome findManual(@Variable(name = Variables.REQUEST_ID) String requestId) {
    return lookup.lookUp(UUID.fromString(requestId));
  }
}
