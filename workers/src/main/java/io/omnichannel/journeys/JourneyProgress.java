package io.omnichannel.journeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Done, current and next step of one request, from its model's steps and the kinds of events its
 * timeline holds. A step that is not done while a later one is belongs to a branch the request did
 * not take, and is left out; steps after the next one are not shown either, since which branch
 * follows is not known yet.
 */
final class JourneyProgress {

  private JourneyProgress() {}

  static List<CustomerStep> derive(List<JourneyStep> steps, Set<String> eventKinds, Instant expectedBy) {
    int lastDone = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (isDone(steps.get(i), eventKinds)) {
        lastDone = i;
      }
    }
    List<CustomerStep> shown = new ArrayList<>();
    for (int i = 0; i <= lastDone; i++) {
      if (isDone(steps.get(i), eventKinds)) {
        shown.add(new CustomerStep(steps.get(i).label(), StepState.DONE, null));
      }
    }
    List<JourneyStep> pending = steps.subList(lastDone + 1, steps.size());
    if (pending.isEmpty()) {
      return shown;
    }
    // a started wait (a colleague has the task) is current, even when a step before it in the
    // model's order belongs to another branch
    JourneyStep current =
        pending.stream().filter(step -> isStarted(step, eventKinds)).findFirst().orElse(pending.getFirst());
    shown.add(new CustomerStep(current.label(), StepState.CURRENT, expectedBy));
    int afterCurrent = pending.indexOf(current) + 1;
    if (afterCurrent < pending.size()) {
      shown.add(new CustomerStep(pending.get(afterCurrent).label(), StepState.NEXT, null));
    }
    return shown;
  }

  private static boolean isDone(JourneyStep step, Set<String> kinds) {
    return step.doneBy().stream().anyMatch(kinds::contains);
  }

  private static boolean isStarted(JourneyStep step, Set<String> kinds) {
    return step.startedBy().stream().anyMatch(kinds::contains);
  }
}
