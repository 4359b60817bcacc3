package io.omnichannel.processes.testsupport;

import static io.omnichannel.processes.CustomerRequestProcess.Variables.REQUEST_TYPE;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.SLA_REMINDER_AT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.SLA_SECOND_ESCALATION_AT;
import static io.omnichannel.processes.CustomerRequestProcess.Variables.TEAM;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.processes.JobTypes;
import java.time.Instant;
import java.util.Map;

/** The customer-request journey: a question, complaint or callback in a team's queue, and its SLA ladder. */
public final class CustomerRequestJourney extends JourneyDriver {

  public CustomerRequestJourney(ProcessEngineDriver engine) {
    super(engine, CustomerRequestProcess.RESOURCE, CustomerRequestProcess.START_MESSAGE, null);
  }

  /** The intake's start message: request id as message id, the type and the team it chose. */
  public PublishMessageResponse requestReceived(String reference, String requestType, String team) {
    return publishStart(reference, requestIdOf(reference), MESSAGE_TIME_TO_LIVE, Map.of(REQUEST_TYPE, requestType, TEAM, team));
  }

  public InspectedProcessInstance start(String reference, String requestType, String team) {
    return started(requestReceived(reference, requestType, team), reference);
  }

  /** As {@code PlanSlaWorker} answers: ISO-8601 with the calendar's offset, the second escalation included. */
  public ActivatedJob slaPlanned(Instant reminderAt, Instant dueAt, Instant secondEscalationAt) {
    return engine().complete(
        JobTypes.PLAN_SLA,
        Map.of(
            SLA_REMINDER_AT, inCalendarZone(reminderAt),
            SLA_DUE_AT, inCalendarZone(dueAt),
            SLA_SECOND_ESCALATION_AT, inCalendarZone(secondEscalationAt)));
  }

  public ActivatedJob processOwnersTold() {
    return engine().complete(JobTypes.NOTIFY_PROCESS_OWNERS, Map.of());
  }
}
