package io.omnichannel.sla;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Computes a step's deadlines from now on the business calendar, as ISO-8601 date-times with
 * offset, which the model's timers ({@code timeDate}) and the user task's due date read.
 *
 * <p>The request type comes from the process variable {@code requestType}, which every intake
 * sets at the start, else the task's {@code requestType} header, else the process id (instances
 * started before the variable existed: {@code manual-request} → {@code MANUAL_REQUEST}); the step
 * from the {@code slaStep} header, else {@link SlaPolicy#REVIEW}. {@code slaSecondEscalationAt}
 * (twice the business time) is returned always; a model that escalates further has a timer on it.
 * The calendar is the policy's, or that of the team in the variable {@code slaTeam}.
 */
@Component
public class PlanSlaWorker {

  static final String HEADER_REQUEST_TYPE = "requestType";
  static final String HEADER_STEP = "slaStep";

  /** The team whose business calendar the step is planned on, when the model names one. */
  static final String SLA_TEAM = "slaTeam";

  private final SlaService sla;
  private final StaffDirectory teams;
  private final Clock clock;

  PlanSlaWorker(SlaService sla, StaffDirectory teams, Clock clock) {
    this.sla = sla;
    this.teams = teams;
    this.clock = clock;
  }

  @JobWorker(type = JobTypes.PLAN_SLA)
  public Map<String, Object> planSla(ActivatedJob job) {
    Map<String, String> headers = job.getCustomHeaders();
    Map<String, Object> variables = job.getVariablesAsMap();
    Object typeVariable = variables.get(Variables.REQUEST_TYPE);
    String requestType =
        typeVariable instanceof String type && !type.isBlank()
            ? type
            : headers.getOrDefault(
                HEADER_REQUEST_TYPE, job.getBpmnProcessId().toUpperCase(Locale.ROOT).replace('-', '_'));
    String step = headers.getOrDefault(HEADER_STEP, SlaPolicy.REVIEW);
    Instant now = clock.instant();
    // a step done by one team (the store that calls about a split order) runs on that team's hours
    String calendarId =
        variables.get(SLA_TEAM) instanceof String team && !team.isBlank()
            ? teams.team(team).map(Team::calendarId).orElse(null)
            : null;
    SlaPlan plan = sla.planStep(requestType, step, now, calendarId);
    String secondEscalationAt = plan.iso(sla.secondEscalationAt(requestType, step, now, calendarId));
    return Map.of(
        Variables.SLA_DUE_AT, plan.dueAtIso(),
        Variables.SLA_REMINDER_AT, plan.reminderAtIso(),
        Variables.SLA_SECOND_ESCALATION_AT, secondEscalationAt);
  }
}
