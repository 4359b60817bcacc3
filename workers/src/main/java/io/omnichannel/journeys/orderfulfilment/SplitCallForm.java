package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.orders.Orders;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The store's call about a split order: the script with the parcels, and whether the customer was reached. */
@Component
class SplitCallForm implements TaskForm {

  private final Orders orders;

  SplitCallForm(Orders orders) {
    this.orders = orders;
  }

  @Override
  public String formKey() {
    return OrderFulfilmentProcess.FORM_KEY_SPLIT_CALL;
  }

  @Override
  public String fragment() {
    return "journeys/orderfulfilment/tasks :: split-call";
  }

  @Override
  public Map<String, Object> model(StaffTask task) {
    return StorePackForm.orderOf(orders, task);
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    String outcome = TaskFormFields.text(input.get(Variables.CALL_OUTCOME));
    String note = TaskFormFields.text(input.get(Variables.CALL_NOTE));
    if (!Variables.CALL_REACHED.equals(outcome) && !Variables.CALL_NOT_REACHED.equals(outcome)) {
      throw new TaskFormValidationException(Map.of(Variables.CALL_OUTCOME, "Say whether you reached the customer."));
    }
    if (note != null && note.length() > 1000) {
      throw new TaskFormValidationException(Map.of(Variables.CALL_NOTE, "At most 1,000 characters."));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.CALL_OUTCOME, outcome);
    variables.put(Variables.CALL_NOTE, note);
    return variables;
  }
}
