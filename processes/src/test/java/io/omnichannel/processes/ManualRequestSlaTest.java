package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.ManualRequestProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ManualRequestProcess.Elements.END;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ESCALATE;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ESCALATED;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REMIND_TEAM;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REVIEW;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SEND_MANUAL;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SLA_BREACHED;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SLA_REMINDER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.TEAM_REMINDED;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.testsupport.ManualRequestJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA ladder on the review task: a reminder to the team, then the team lead; the task never goes away. */
@ZeebeProcessTest
class ManualRequestSlaTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ManualRequestJourney journey;
  private InspectedProcessInstance request;

  @BeforeEach
  void givenARequestWaitingInTheServiceCentreQueue() {
    journey = new ManualRequestJourney(new ProcessEngineDriver(engine, client));
    request = journey.start("MR-2025-0010");
    journey.acknowledged();
    journey.purchaseNotVerifiable();
    // reminder after 4 hours, due after 8: the SLA worker's answer for a request in opening hours
    journey.slaPlanned(hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(REVIEW);
  }

  @Test
  void whenTheReminderTimeIsReached_theTeamIsReminded_andTheTaskStaysOpen() {
    journey.engine().advanceClock(Duration.ofHours(5));

    journey.teamReminded();

    assertThat(request)
        .hasPassedElementsInOrder(SLA_REMINDER, REMIND_TEAM, TEAM_REMINDED)
        .hasNotPassedElement(SLA_BREACHED)
        .isWaitingExactlyAtElements(REVIEW)
        .isActive();
  }

  @Test
  void whenTheSlaBreaks_theTeamLeadIsTold_andTheTaskStillClosesTheRequest() {
    // given the team was reminded
    journey.engine().advanceClock(Duration.ofHours(5));
    journey.teamReminded();

    // when the due time passes as well
    journey.engine().advanceClock(Duration.ofHours(4));
    journey.teamLeadTold();

    // then the team lead knows and the task is still in the queue
    assertThat(request)
        .hasPassedElementsInOrder(SLA_BREACHED, ESCALATE, ESCALATED)
        .isWaitingExactlyAtElements(REVIEW)
        .isActive();

    // and when staff finally send the manual, the request closes as usual
    journey.staffSendsManual("doc-oven-x200");
    journey.manualSent();
    journey.answerDelivered("MR-2025-0010");
    journey.requestClosed();
    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(REVIEW, SEND_MANUAL, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasPassedElement(TEAM_REMINDED, 1)
        .hasPassedElement(ESCALATED, 1);
  }

  @Test
  void whenStaffFinishInTime_noReminderAndNoEscalationFollow() {
    journey.staffAnswers("Your oven's manual is attached to our reply of this morning.");
    journey.answerSent();
    journey.answerDelivered("MR-2025-0010");
    journey.requestClosed();

    journey.engine().advanceClock(Duration.ofHours(9));

    assertThat(request).isCompleted().hasNotPassedElement(SLA_REMINDER).hasNotPassedElement(SLA_BREACHED);
    assertThat(journey.engine().jobsCreated(JobTypes.REMIND_TEAM, request.getProcessInstanceKey())).isEmpty();
    assertThat(journey.engine().jobsCreated(JobTypes.ESCALATE_TO_TEAM_LEAD, request.getProcessInstanceKey()))
        .isEmpty();
  }
}
