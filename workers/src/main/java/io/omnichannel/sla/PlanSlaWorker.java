package io.omnichannel.sla;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Computes a step's deadlines from now on the business calendar, as ISO-8601 date-times with
 * offset, which the model's timers ({@code timeDate}) and the user task's due date read.
 *
 * <p>The request type comes from the task's {@code requestType} header, else from the process id
 * ({@code manual-request} → {@code MANUAL_REQUEST}); the step from the {@code slaStep} header,
 * else {@link SlaPolicy#REVIEW}.
 */
@Component
public class PlanSlaWorker {

  static final String HEADER_REQUEST_TYPE = "requestType";
  static final String HEADER_STEP = "slaStep";

  private final SlaService sla;
  private final Clock clock;

  PlanSlaWorker(SlaService sla, Optional<Clock> clock) {
    this.sla = sla;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @JobWorker(type = JobTypes.PLAN_SLA)
  public Map<String, Object> planSla(ActivatedJob job) {
    Map<String, String> headers = job.getCustomHeaders();
    String requestType =
        headers.getOrDefault(
            HEADER_REQUEST_TYPE, job.getBpmnProcessId().toUpperCase(Locale.ROOT).replace('-', '_'));
    SlaPlan plan = sla.planStep(requestType, headers.getOrDefault(HEADER_STEP, SlaPolicy.REVIEW), clock.instant());
    return Map.of(Variables.SLA_DUE_AT, plan.dueAtIso(), Variables.SLA_REMINDER_AT, plan.reminderAtIso());
  }
}
