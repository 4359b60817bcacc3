package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.orders.Orders;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The store packs its parcel with the community card (printed from the task) and confirms. */
@Component
class StorePackForm implements TaskForm {

  static final String PACKED = "packed";

  private final Orders orders;

  StorePackForm(Orders orders) {
    this.orders = orders;
  }

  @Override
  public String formKey() {
    return OrderFulfilmentProcess.FORM_KEY_STORE_PACK;
  }

  @Override
  public String fragment() {
    return "journeys/orderfulfilment/tasks :: store-pack";
  }

  /** The order, and the parcel of this task (its instance of the shipment sub-process), whose card the store prints. */
  @Override
  public Map<String, Object> model(StaffTask task) {
    Map<String, Object> model = new java.util.HashMap<>(orderOf(orders, task));
    if (task.variables().get(Variables.SHIPMENT) instanceof Map<?, ?> shipment && shipment.get(Variables.SHIPMENT_ID) != null) {
      model.put("parcelId", shipment.get(Variables.SHIPMENT_ID).toString());
    }
    return model;
  }

  /** The task's order for the form's script, if the task has one. */
  static Map<String, Object> orderOf(Orders orders, StaffTask task) {
    return task.requestId() == null
        ? Map.of()
        : orders.find(task.requestId()).<Map<String, Object>>map(order -> Map.of("order", order)).orElse(Map.of());
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    if (!"yes".equals(TaskFormFields.text(input.get(PACKED)))) {
      throw new TaskFormValidationException(Map.of(PACKED, "Confirm that the parcel is packed, with the community card in it."));
    }
    return Map.of();
  }
}
