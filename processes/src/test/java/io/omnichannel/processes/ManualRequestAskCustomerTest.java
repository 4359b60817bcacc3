package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ASK_CUSTOMER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.AWAIT_CUSTOMER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.AWAIT_CUSTOMER_AFTER_REMINDER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.ManualRequestProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ManualRequestProcess.Elements.CUSTOMER_ANSWERED;
import static io.omnichannel.processes.ManualRequestProcess.Elements.CUSTOMER_ANSWERED_AFTER_REMINDER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.CUSTOMER_ANSWER_OVERDUE;
import static io.omnichannel.processes.ManualRequestProcess.Elements.END;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ESCALATE;
import static io.omnichannel.processes.ManualRequestProcess.Elements.NO_ANSWER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.PLAN_SLA;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REMIND_CUSTOMER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REMIND_TEAM;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REVIEW;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SEND_ANSWER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SEND_MANUAL;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import io.omnichannel.processes.testsupport.ManualRequestJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff ask the customer a question: the request waits for her (the team's SLA timers are gone
 * with the task), her answer brings it back to the team's queue with a freshly planned SLA; no
 * answer brings one reminder, then the team decides without her.
 */
@ZeebeProcessTest
class ManualRequestAskCustomerTest {

  private static final String REFERENCE = "SR-2025-000020";
  private static final String QUESTION = "Which colour is the type plate under the bowl, silver or black?";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ManualRequestJourney journey;
  private InspectedProcessInstance request;

  @BeforeEach
  void givenStaffAskTheCustomerAQuestion() {
    journey = new ManualRequestJourney(new ProcessEngineDriver(engine, client));
    request = journey.start(REFERENCE);
    journey.acknowledged();
    journey.purchaseNotVerifiable();
    journey.slaPlanned(hoursFromNow(4), hoursFromNow(8));
    journey.staffAskCustomer(QUESTION);

    var ask = journey.customerAsked();
    assertThat(ask.getElementId()).isEqualTo(ASK_CUSTOMER);
    assertThat(ask.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf(REFERENCE))
        .containsEntry(Variables.QUESTION_TEXT, QUESTION);
    assertThat(request).isWaitingExactlyAtElements(AWAIT_CUSTOMER);
  }

  @Test
  void whileTheCustomerIsAsked_theTeamsSlaClockDoesNotRun() {
    // when the team's reminder and due instants pass while the request waits for the customer
    journey.engine().advanceClock(Duration.ofHours(9));

    // then nobody is reminded or escalated: the wait is the customer's, not the team's
    assertThat(request)
        .isWaitingExactlyAtElements(AWAIT_CUSTOMER)
        .hasNotPassedElement(REMIND_TEAM)
        .hasNotPassedElement(ESCALATE);
  }

  @Test
  void theCustomersAnswer_bringsTheRequestBackToTheTeamWithANewSla_andStaffCanThenAnswer() {
    // when the customer answers (by e-mail or on her tracking page)
    journey.customerAnswers(REFERENCE, "inbound-1");

    // then the SLA is planned afresh and a new review task waits in the team's queue
    assertThat(request).hasPassedElement(CUSTOMER_ANSWERED).hasNotPassedElement(CUSTOMER_ANSWER_OVERDUE);
    journey.slaPlanned(hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(REVIEW);
    assertThat(journey.engine().jobsCreated(JobTypes.PLAN_SLA, request.getProcessInstanceKey())).hasSize(2);
    assertThat(journey.engine().jobsCreated(JobTypes.USER_TASK, request.getProcessInstanceKey())).hasSize(2);

    // and when staff answer now, the request closes
    journey.staffAnswers("Thank you, with a silver plate it is the 2024 model; the manual is attached.");
    journey.answerSent();
    journey.answerDelivered(REFERENCE);
    journey.requestClosed();
    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(ASK_CUSTOMER, AWAIT_CUSTOMER, CUSTOMER_ANSWERED, SEND_ANSWER, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(REMIND_CUSTOMER);
  }

  @Test
  void anAnswerForAnotherReference_doesNotMoveThisRequest() {
    journey.customerAnswers("SR-2025-999999", "inbound-2");

    assertThat(request).isWaitingExactlyAtElements(AWAIT_CUSTOMER).hasNotPassedElement(CUSTOMER_ANSWERED);
  }

  @Test
  void noAnswerInFiveDays_remindsTheCustomerOnce_andAnAnswerAfterTheReminderStillCounts() {
    journey.engine().advanceClock(Duration.ofDays(5).plusMinutes(1));

    journey.customerReminded();
    assertThat(request).hasPassedElement(CUSTOMER_ANSWER_OVERDUE).isWaitingExactlyAtElements(AWAIT_CUSTOMER_AFTER_REMINDER);

    journey.customerAnswers(REFERENCE, "inbound-3");
    journey.slaPlanned(hoursFromNow(5 * 24 + 4), hoursFromNow(5 * 24 + 8));
    assertThat(request).hasPassedElement(CUSTOMER_ANSWERED_AFTER_REMINDER).isWaitingExactlyAtElements(REVIEW);
    assertThat(journey.engine().jobsCreated(JobTypes.REMIND_CUSTOMER, request.getProcessInstanceKey())).hasSize(1);
  }

  @Test
  void noAnswerAfterTheReminderEither_givesTheRequestBackToTheTeam_whoDecideWithWhatTheyHave() {
    journey.engine().advanceClock(Duration.ofDays(5).plusMinutes(1));
    journey.customerReminded();

    journey.engine().advanceClock(Duration.ofDays(5).plusMinutes(1));

    // no second reminder: the team gets a new review task (SLA from the engine's clock, ten days on)
    journey.slaPlanned(hoursFromNow(10 * 24 + 4), hoursFromNow(10 * 24 + 8));
    assertThat(request).hasPassedElement(NO_ANSWER).isWaitingExactlyAtElements(REVIEW);
    assertThat(journey.engine().jobsCreated(JobTypes.REMIND_CUSTOMER, request.getProcessInstanceKey())).hasSize(1);

    journey.staffSendsManual("doc-mixer-km5500");
    journey.manualSent();
    journey.answerDelivered(REFERENCE);
    journey.requestClosed();
    assertThat(request).isCompleted().hasPassedElement(SEND_MANUAL);
  }
}
