package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.tasks.TaskEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The store reached the customer about the split: that is the step done on her status page (not reached: the notice mail does it). */
@Component
class SplitCallOutcome {

  private final RequestHistory history;

  SplitCallOutcome(RequestHistory history) {
    this.history = history;
  }

  @EventListener
  void on(TaskEvents.TaskCompleted completed) {
    if (OrderFulfilmentProcess.FORM_KEY_SPLIT_CALL.equals(completed.formKey())
        && Variables.CALL_REACHED.equals(completed.variables().get(Variables.CALL_OUTCOME))) {
      history.recordOnce(
          completed.requestId(), "SPLIT_CALL_REACHED", "We called you: your order comes in more than one parcel.", true, completed.completedBy());
    }
  }
}
