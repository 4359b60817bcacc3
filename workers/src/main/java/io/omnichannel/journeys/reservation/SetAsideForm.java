package io.omnichannel.journeys.reservation;

import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.tasks.TaskForm;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The store's answer to "Confirm set-aside": the piece is set aside, or it cannot be, with a note for the customer. */
@Component
class SetAsideForm implements TaskForm {

  @Override
  public String formKey() {
    return ReservationProcess.FORM_KEY_SET_ASIDE;
  }

  @Override
  public String fragment() {
    return "journeys/reservation/tasks :: set-aside";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    return SetAsideDecision.from(input, username).toVariables();
  }
}
