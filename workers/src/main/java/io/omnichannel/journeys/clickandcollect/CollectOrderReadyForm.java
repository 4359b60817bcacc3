package io.omnichannel.journeys.clickandcollect;

import io.omnichannel.orders.Orders;
import io.omnichannel.platform.OrchestratorProperties;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.processes.ClickAndCollectProcess.Variables;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The store's team puts the order ready for pickup and confirms: when ({@code readyAt}, now) and who ({@code readyBy}). */
@Component
class CollectOrderReadyForm implements TaskForm {

  static final String READY = "ready";

  private final Orders orders;
  private final ZoneId zone;
  private final Clock clock;

  CollectOrderReadyForm(Orders orders, OrchestratorProperties settings, Clock clock) {
    this.orders = orders;
    this.zone = settings.timeZone();
    this.clock = clock;
  }

  @Override
  public String formKey() {
    return ClickAndCollectProcess.FORM_KEY_GET_READY;
  }

  @Override
  public String fragment() {
    return "journeys/clickandcollect/tasks :: collect-order-ready";
  }

  @Override
  public Map<String, Object> model(StaffTask task) {
    return task.requestId() == null ? Map.of() : orders.find(task.requestId()).<Map<String, Object>>map(order -> Map.of("order", order)).orElse(Map.of());
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    if (!"yes".equals(TaskFormFields.text(input.get(READY)))) {
      throw new TaskFormValidationException(Map.of(READY, "Confirm that every item of the order is ready at the counter."));
    }
    return Map.of(
        Variables.READY_AT, OffsetDateTime.ofInstant(clock.instant(), zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        Variables.READY_BY, username);
  }
}
