package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The service team followed up a late parcel with the carrier and notes what it learnt. */
@Component
class ParcelDelayedForm implements TaskForm {

  @Override
  public String formKey() {
    return OrderFulfilmentProcess.FORM_KEY_PARCEL_DELAYED;
  }

  @Override
  public String fragment() {
    return "journeys/orderfulfilment/tasks :: parcel-delayed";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    String note = TaskFormFields.text(input.get(Variables.FOLLOW_UP_NOTE));
    if (note == null || note.length() < 5 || note.length() > 1000) {
      throw new TaskFormValidationException(Map.of(Variables.FOLLOW_UP_NOTE, "Note what the carrier said (5 to 1,000 characters)."));
    }
    return Map.of(Variables.FOLLOW_UP_NOTE, note);
  }
}
