package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ComplaintProcess.Elements.END;
import static io.omnichannel.processes.ComplaintProcess.Elements.ESCALATE;
import static io.omnichannel.processes.ComplaintProcess.Elements.ESCALATED;
import static io.omnichannel.processes.ComplaintProcess.Elements.HANDLE;
import static io.omnichannel.processes.ComplaintProcess.Elements.NOTIFY_PROCESS_OWNERS;
import static io.omnichannel.processes.ComplaintProcess.Elements.PROCESS_OWNERS_NOTIFIED;
import static io.omnichannel.processes.ComplaintProcess.Elements.REMIND_TEAM;
import static io.omnichannel.processes.ComplaintProcess.Elements.SLA_BREACHED;
import static io.omnichannel.processes.ComplaintProcess.Elements.SLA_REMINDER;
import static io.omnichannel.processes.ComplaintProcess.Elements.SLA_SECOND_ESCALATION;
import static io.omnichannel.processes.ComplaintProcess.Elements.TEAM_REMINDED;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.testsupport.ComplaintJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The ladder of a complaint: reminder, team lead at the SLA, process owners at twice the SLA. The task never goes away. */
@ZeebeProcessTest
class ComplaintSlaTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ComplaintJourney journey;

  private InspectedProcessInstance waitingInQueue(String reference) {
    journey = new ComplaintJourney(new ProcessEngineDriver(engine, client));
    var request = journey.start(reference, false);
    journey.acknowledged();
    // complaint policy: 4 business hours, reminder at 50 %, second escalation at twice the SLA
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(HANDLE);
    return request;
  }

  @Test
  void overdueComplaint_remindsTheTeam_tellsTheLead_andAtTwiceTheSlaTheProcessOwners() {
    var request = waitingInQueue("SR-2026-000301");

    journey.engine().advanceClock(Duration.ofHours(3));
    journey.teamReminded();
    journey.engine().advanceClock(Duration.ofHours(2));
    journey.teamLeadTold();
    assertThat(request).hasPassedElementsInOrder(SLA_REMINDER, REMIND_TEAM, TEAM_REMINDED);
    assertThat(request).hasPassedElementsInOrder(SLA_BREACHED, ESCALATE, ESCALATED).hasNotPassedElement(SLA_SECOND_ESCALATION);

    journey.engine().advanceClock(Duration.ofHours(4));
    var notify = journey.processOwnersTold();
    assertThat(notify.getVariablesAsMap()).containsKey(ComplaintProcess.Variables.SLA_DUE_AT);

    assertThat(request)
        .hasPassedElementsInOrder(SLA_SECOND_ESCALATION, NOTIFY_PROCESS_OWNERS, PROCESS_OWNERS_NOTIFIED)
        .isWaitingExactlyAtElements(HANDLE)
        .isActive();

    journey.staffAnswers("We are sorry for the wait: the refund is on its way.");
    journey.answerSent();
    journey.answerDelivered("SR-2026-000301");
    journey.requestClosed();
    journey.ratingInvited();
    journey.customerRates("SR-2026-000301", 5);
    assertThat(request).isCompleted().hasPassedElement(END).hasPassedElement(PROCESS_OWNERS_NOTIFIED, 1);
  }

  @Test
  void complaintHandledInTime_noTimerFires() {
    var request = waitingInQueue("SR-2026-000302");
    journey.staffAnswers("A new drum is on its way, free of charge.");
    journey.answerSent();
    journey.answerDelivered("SR-2026-000302");
    journey.requestClosed();
    journey.ratingInvited();
    journey.customerRates("SR-2026-000302", 5);

    journey.engine().advanceClock(Duration.ofHours(9));

    assertThat(request)
        .isCompleted()
        .hasNotPassedElement(SLA_REMINDER)
        .hasNotPassedElement(SLA_BREACHED)
        .hasNotPassedElement(SLA_SECOND_ESCALATION);
    assertThat(journey.engine().jobsCreated(JobTypes.NOTIFY_PROCESS_OWNERS, request.getProcessInstanceKey())).isEmpty();
  }
}
