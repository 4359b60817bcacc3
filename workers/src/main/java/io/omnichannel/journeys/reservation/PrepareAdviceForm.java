package io.omnichannel.journeys.reservation;

import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskFormFields;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Prepare advice": the store's team reads what the customer asked about and when she comes, opens
 * her counter view, and says the advice is ready. Completing it moves nothing on the pickup path.
 */
@Component
class PrepareAdviceForm implements io.omnichannel.tasks.TaskForm {

  static final String PREPARED = "advicePrepared";
  static final String PREPARED_BY = "advicePreparedBy";

  private final ReservationDetails details;

  PrepareAdviceForm(ReservationDetails details) {
    this.details = details;
  }

  @Override
  public String formKey() {
    return ReservationProcess.FORM_KEY_PREPARE_ADVICE;
  }

  @Override
  public String fragment() {
    return "journeys/reservation/tasks :: prepare-advice";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    if (!"true".equals(TaskFormFields.text(input.get(PREPARED)))) {
      throw new TaskFormValidationException(Map.of(PREPARED, "Tick the box once the advice is ready for her visit."));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PREPARED, true);
    variables.put(PREPARED_BY, username);
    return variables;
  }

  /** The topic and the visit she gave with the reservation. */
  @Override
  public Map<String, Object> model(StaffTask task) {
    return task.requestId() == null
        ? Map.of()
        : details.adviceOf(task.requestId()).<Map<String, Object>>map(advice -> Map.of("advice", advice)).orElse(Map.of());
  }
}
