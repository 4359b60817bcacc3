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
import java.util.Optional;
import java.util.UUID;
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
 *
 * <p>The policy is the version in effect when the request ({@code requestId}) was submitted, so a
 * process owner's change applies to requests submitted afterwards; without a known request, the
 * version in effect now. Its id is returned as {@code slaPolicyVersion}: the task mirror keeps it
 * with the task, and the console counts the open tasks still running under an earlier version. The
 * process owners' rung ({@code slaSecondEscalationAt}) lies at the policy's share of the business
 * time (twice it by default).
 */
@Component
public class PlanSlaWorker {

  static final String HEADER_REQUEST_TYPE = "requestType";
  static final String HEADER_STEP = "slaStep";

  /** The team whose business calendar the step is planned on, when the model names one. */
  static final String SLA_TEAM = "slaTeam";

  /** The id of the {@link SlaPolicyVersion} the step was planned on. */
  public static final String SLA_POLICY_VERSION = Variables.SLA_POLICY_VERSION;

  private final SlaService sla;
  private final StaffDirectory teams;
  private final RequestSubmissions submissions;
  private final Clock clock;

  PlanSlaWorker(SlaService sla, StaffDirectory teams, RequestSubmissions submissions, Clock clock) {
    this.sla = sla;
    this.teams = teams;
    this.submissions = submissions;
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
    Instant submittedAt = submittedAt(variables.get(Variables.REQUEST_ID)).orElse(now);
    PlannedStep planned = sla.planStep(requestType, step, submittedAt, now, calendarId);
    SlaPlan plan = planned.plan();
    return Map.of(
        Variables.SLA_DUE_AT, plan.dueAtIso(),
        Variables.SLA_REMINDER_AT, plan.reminderAtIso(),
        Variables.SLA_SECOND_ESCALATION_AT, plan.iso(planned.processOwnersAt()),
        SLA_POLICY_VERSION, planned.version().id());
  }

  private Optional<Instant> submittedAt(Object requestId) {
    if (!(requestId instanceof String id)) {
      return Optional.empty();
    }
    try {
      return submissions.submittedAt(UUID.fromString(id));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
