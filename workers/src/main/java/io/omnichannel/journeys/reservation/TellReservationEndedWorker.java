package io.omnichannel.journeys.reservation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.processes.ReservationProcess.Variables;
import io.omnichannel.journeys.reservation.ReservationMails.EndedReason;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class TellReservationEndedWorker {

  private final ReservationSteps steps;

  TellReservationEndedWorker(ReservationSteps steps) {
    this.steps = steps;
  }

  /** The header {@code reason} says which mail; a model without it is a modelling error (incident). */
  @JobWorker(type = JobTypes.TELL_RESERVATION_ENDED)
  public void tellEnded(
      ActivatedJob job,
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.SET_ASIDE_NOTE) String storeNote) {
    String reason = job.getCustomHeaders().get(ReservationProcess.HEADER_ENDED_REASON);
    steps.tellEnded(UUID.fromString(requestId), EndedReason.valueOf(reason), storeNote, ReservationSteps.Journey.of(job));
  }
}
