package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.ESCALATE;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.ESCALATED;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.HANDLE;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.REMIND_TEAM;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.SLA_BREACHED;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.SLA_REMINDER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.TEAM_REMINDED;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.testsupport.CustomerRequestJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The SLA ladder on the task of a question or callback: reminder, then team lead (complaints climb
 * further: {@code ComplaintSlaTest}). The task never goes away.
 */
@ZeebeProcessTest
class CustomerRequestSlaTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private CustomerRequestJourney journey;

  private InspectedProcessInstance waitingInQueue(String reference, String type, String team) {
    journey = new CustomerRequestJourney(new ProcessEngineDriver(engine, client));
    var request = journey.start(reference, type, team);
    journey.acknowledged();
    // 4 business hours, reminder at 50 %; plan-sla answers a second escalation instant the model does not use
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(HANDLE);
    return request;
  }

  @Test
  void overdueQuestion_stopsAtTheTeamLead() {
    var request = waitingInQueue("SR-2026-000102", CustomerRequestProcess.TYPE_GENERAL_QUESTION, "service-centre");

    journey.engine().advanceClock(Duration.ofHours(3));
    journey.teamReminded();
    journey.engine().advanceClock(Duration.ofHours(2));
    journey.teamLeadTold();
    journey.engine().advanceClock(Duration.ofHours(4));

    // questions have no second rung: only complaints (complaint.bpmn) climb to the process owners
    assertThat(request)
        .hasPassedElementsInOrder(SLA_REMINDER, REMIND_TEAM, TEAM_REMINDED)
        .hasPassedElementsInOrder(SLA_BREACHED, ESCALATE, ESCALATED)
        .isWaitingExactlyAtElements(HANDLE);
    assertThat(journey.engine().jobsCreated(JobTypes.NOTIFY_PROCESS_OWNERS, request.getProcessInstanceKey())).isEmpty();
  }
}
