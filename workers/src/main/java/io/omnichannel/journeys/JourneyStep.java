package io.omnichannel.journeys;

import java.util.Set;

/**
 * A customer-facing milestone as the process model declares it: the element's {@code customerStep}
 * label, the timeline event kinds that mark it done ({@code customerStepDoneBy}) and, for waits
 * such as user tasks, the kinds that mark it started ({@code customerStepStartedBy}).
 */
public record JourneyStep(String elementId, String label, Set<String> doneBy, Set<String> startedBy) {

  public JourneyStep {
    doneBy = Set.copyOf(doneBy);
    startedBy = Set.copyOf(startedBy);
  }
}
