package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.ACKNOWLEDGE;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.ASK_CUSTOMER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.AWAIT_CUSTOMER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.CUSTOMER_ANSWERED;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.CUSTOMER_ANSWERED_AFTER_REMINDER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.END;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.HANDLE;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.NO_ANSWER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.PLAN_SLA;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.REMIND_CUSTOMER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.SEND_ANSWER;
import static io.omnichannel.processes.CustomerRequestProcess.Elements.START;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.CustomerRequestProcess.Variables;
import io.omnichannel.processes.testsupport.CustomerRequestJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions and callbacks: into the chosen team's queue, answered, or asked back first (complaints: {@code ComplaintPathsTest}). */
@ZeebeProcessTest
class CustomerRequestPathsTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private CustomerRequestJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new CustomerRequestJourney(new ProcessEngineDriver(engine, client));
  }

  private InspectedProcessInstance waitingForStaff(String reference, String type, String team) {
    var request = journey.start(reference, type, team);
    var acknowledge = journey.acknowledged();
    assertThat(acknowledge.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf(reference))
        .containsEntry(Variables.REQUEST_TYPE, type);
    journey.slaPlanned(hoursFromNow(8), hoursFromNow(16), hoursFromNow(32));
    assertThat(request).isWaitingExactlyAtElements(HANDLE);
    return request;
  }

  @Test
  void generalQuestion_goesToTheServiceCentreWithItsSla_andStaffAnswer() {
    var request = journey.start("SR-2026-000001", CustomerRequestProcess.TYPE_GENERAL_QUESTION, "service-centre");
    journey.acknowledged();
    var planSla = journey.engine().activate(JobTypes.PLAN_SLA);
    // plan-sla picks the policy by the request type, which the worker reads from the variables
    assertThat(planSla.getVariablesAsMap()).containsEntry(Variables.REQUEST_TYPE, "GENERAL_QUESTION");
    client.newFailCommand(planSla).retries(5).retryBackoff(Duration.ZERO).send().join();
    Instant dueAt = hoursFromNow(16);
    journey.slaPlanned(hoursFromNow(12), dueAt, hoursFromNow(32));

    var task = journey.staffAnswers("Yes, the store in Munich opens at 9 on Saturdays as well.");
    assertThat(task.getElementId()).isEqualTo(HANDLE);
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"service-centre\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, CustomerRequestProcess.FORM_KEY_REPLY);
    assertThat(OffsetDateTime.parse(task.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant())
        .isEqualTo(dueAt);

    var sendAnswer = journey.answerSent();
    assertThat(sendAnswer.getVariablesAsMap())
        .containsEntry(Variables.ANSWER_TEXT, "Yes, the store in Munich opens at 9 on Saturdays as well.");
    journey.answerDelivered("SR-2026-000001");
    journey.requestClosed();

    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(START, ACKNOWLEDGE, PLAN_SLA, HANDLE, SEND_ANSWER, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(ASK_CUSTOMER);
  }

  @Test
  void callback_staffCallBackAndRecordWhatWasSaid() {
    var request = waitingForStaff("SR-2026-000003", CustomerRequestProcess.TYPE_CALLBACK, "service-centre");

    // a task completed without a decision is an answer (default flow)
    journey.engine().complete(JobTypes.USER_TASK, java.util.Map.of(Variables.ANSWER_TEXT, "Called back at 10:15."));
    journey.answerSent();
    journey.answerDelivered("SR-2026-000003");
    journey.requestClosed();
    assertThat(request).isCompleted().hasPassedElementsInOrder(HANDLE, SEND_ANSWER, ANSWER_DELIVERED, CLOSE_REQUEST, END);
  }

  @Test
  void staffAskTheCustomer_herAnswerBringsANewTaskWithAFreshSla() {
    var request = waitingForStaff("SR-2026-000004", CustomerRequestProcess.TYPE_GENERAL_QUESTION, "service-centre");

    journey.staffAskCustomer("Which order number was the drum delivered with?");
    var ask = journey.customerAsked();
    assertThat(ask.getVariablesAsMap())
        .containsEntry(Variables.QUESTION_TEXT, "Which order number was the drum delivered with?");
    assertThat(request).isWaitingExactlyAtElements(AWAIT_CUSTOMER);
    assertThat(journey.engine().jobsCreated(JobTypes.USER_TASK, request.getProcessInstanceKey())).hasSize(1);

    // an answer for another reference moves nothing
    journey.customerAnswers("SR-2026-999999", "inbound-other");
    assertThat(request).isWaitingExactlyAtElements(AWAIT_CUSTOMER);

    journey.customerAnswers("SR-2026-000004", "inbound-1");
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(HANDLE);
    assertThat(journey.engine().jobsCreated(JobTypes.PLAN_SLA, request.getProcessInstanceKey())).hasSize(2);

    journey.staffAnswers("Thank you: the spare drum ships today.");
    journey.answerSent();
    journey.answerDelivered("SR-2026-000004");
    journey.requestClosed();
    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(PLAN_SLA, HANDLE, ASK_CUSTOMER, AWAIT_CUSTOMER, CUSTOMER_ANSWERED, PLAN_SLA, HANDLE, SEND_ANSWER, END)
        .hasNotPassedElement(REMIND_CUSTOMER);
  }

  @Test
  void customerSilentAfterTheReminder_theTeamDecidesWithWhatItHas() {
    var request = waitingForStaff("SR-2026-000005", CustomerRequestProcess.TYPE_GENERAL_QUESTION, "service-centre");
    journey.staffAskCustomer("Which store did you visit?");
    journey.customerAsked();

    journey.engine().advanceClock(Duration.ofDays(5).plusMinutes(1));
    journey.customerReminded();
    assertThat(request)
        .isWaitingExactlyAtElements(CustomerRequestProcess.Elements.AWAIT_CUSTOMER_AFTER_REMINDER)
        .hasPassedElement(REMIND_CUSTOMER);

    journey.engine().advanceClock(Duration.ofDays(5).plusMinutes(1));
    // the engine's clock is ten days ahead now: the new SLA lies ahead of it
    journey.slaPlanned(hoursFromNow(11 * 24), hoursFromNow(12 * 24), hoursFromNow(13 * 24));
    assertThat(request).isWaitingExactlyAtElements(HANDLE).hasPassedElement(NO_ANSWER);
  }

  @Test
  void customerAnswersAfterTheReminder_backToTheTeam() {
    var request = waitingForStaff("SR-2026-000006", CustomerRequestProcess.TYPE_CALLBACK, "service-centre");
    journey.staffAskCustomer("Which number should we call instead?");
    journey.customerAsked();
    journey.engine().advanceClock(Duration.ofDays(5).plusMinutes(1));
    journey.customerReminded();

    journey.customerAnswers("SR-2026-000006", "answer-form:1");
    // the engine's clock is five days ahead now: the new SLA lies ahead of it
    journey.slaPlanned(hoursFromNow(6 * 24), hoursFromNow(7 * 24), hoursFromNow(8 * 24));
    assertThat(request).isWaitingExactlyAtElements(HANDLE).hasPassedElement(CUSTOMER_ANSWERED_AFTER_REMINDER);
  }
}
