package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The service team replaces or refunds a lost parcel. */
@Component
class ParcelLostForm implements TaskForm {

  @Override
  public String formKey() {
    return OrderFulfilmentProcess.FORM_KEY_PARCEL_LOST;
  }

  @Override
  public String fragment() {
    return "journeys/orderfulfilment/tasks :: parcel-lost";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    String resolution = TaskFormFields.text(input.get(Variables.LOST_PARCEL_RESOLUTION));
    if (!Variables.REPLACEMENT_SENT.equals(resolution) && !Variables.REFUNDED.equals(resolution)) {
      throw new TaskFormValidationException(Map.of(Variables.LOST_PARCEL_RESOLUTION, "Choose: a replacement is sent, or the parcel is refunded."));
    }
    return Map.of(Variables.LOST_PARCEL_RESOLUTION, resolution);
  }
}
