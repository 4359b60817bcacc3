package io.omnichannel.journeys;

import java.time.Instant;

/** One line of the step list on the tracking page; {@code expectedBy} only on the current step. */
public record CustomerStep(String label, StepState state, Instant expectedBy) {

  public boolean done() {
    return state == StepState.DONE;
  }

  public boolean current() {
    return state == StepState.CURRENT;
  }
}
