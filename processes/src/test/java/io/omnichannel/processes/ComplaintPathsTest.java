package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ComplaintProcess.Elements.ACKNOWLEDGE;
import static io.omnichannel.processes.ComplaintProcess.Elements.ALERT_PUBLIC;
import static io.omnichannel.processes.ComplaintProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.ComplaintProcess.Elements.ASK_CUSTOMER;
import static io.omnichannel.processes.ComplaintProcess.Elements.AWAIT_CUSTOMER;
import static io.omnichannel.processes.ComplaintProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ComplaintProcess.Elements.COMPLAINT_REPEATED;
import static io.omnichannel.processes.ComplaintProcess.Elements.CUSTOMER_ANSWERED;
import static io.omnichannel.processes.ComplaintProcess.Elements.END;
import static io.omnichannel.processes.ComplaintProcess.Elements.ESCALATE_REPEATED;
import static io.omnichannel.processes.ComplaintProcess.Elements.GATEWAY_PUBLIC;
import static io.omnichannel.processes.ComplaintProcess.Elements.HANDLE;
import static io.omnichannel.processes.ComplaintProcess.Elements.JOIN_PUBLIC;
import static io.omnichannel.processes.ComplaintProcess.Elements.PLAN_SLA;
import static io.omnichannel.processes.ComplaintProcess.Elements.REPEATED_CONTACT;
import static io.omnichannel.processes.ComplaintProcess.Elements.REPEATED_ESCALATED;
import static io.omnichannel.processes.ComplaintProcess.Elements.SEND_ANSWER;
import static io.omnichannel.processes.ComplaintProcess.Elements.START;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.processes.testsupport.ComplaintJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The painted van, prevented: a complaint is one case in the complaints team's queue; a public post
 * tells the team lead and the process owners at once; every repeated contact raises the priority and
 * tells the team lead at once, while the task stays where it is.
 */
@ZeebeProcessTest
class ComplaintPathsTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ComplaintJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new ComplaintJourney(new ProcessEngineDriver(engine, client));
  }

  private InspectedProcessInstance waitingForTheTeam(String reference) {
    var request = journey.start(reference, false);
    var acknowledge = journey.acknowledged();
    assertThat(acknowledge.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf(reference))
        .containsEntry(Variables.REQUEST_TYPE, ComplaintProcess.REQUEST_TYPE);
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(HANDLE);
    return request;
  }

  @Test
  void plainComplaint_isOfferedToTheComplaintsTeam_andAnswered() {
    var request = waitingForTheTeam("SR-2026-000201");

    var task = journey.staffAnswers("We are sorry: a new drum is on its way, free of charge.");
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"complaints\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, ComplaintProcess.FORM_KEY_REPLY);
    assertThat(journey.answerSent().getVariablesAsMap())
        .containsEntry(Variables.ANSWER_TEXT, "We are sorry: a new drum is on its way, free of charge.");
    journey.answerDelivered("SR-2026-000201");
    journey.requestClosed();
    journey.ratingInvited();
    journey.customerRates("SR-2026-000201", 5);

    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(
            START, ACKNOWLEDGE, GATEWAY_PUBLIC, JOIN_PUBLIC, PLAN_SLA, HANDLE, SEND_ANSWER, ANSWER_DELIVERED, CLOSE_REQUEST,
            ComplaintProcess.Elements.INVITE_RATING, ComplaintProcess.Elements.COMPLAINT_RATED, END)
        .hasNotPassedElement(ALERT_PUBLIC)
        .hasNotPassedElement(REPEATED_CONTACT);
  }

  @Test
  void publicPost_tellsTheTeamLeadAndTheProcessOwnersBeforeTheTeamStarts() {
    var request = journey.start("SR-2026-000202", true);
    journey.acknowledged();
    assertThat(request).isWaitingExactlyAtElements(ALERT_PUBLIC);

    var alert = journey.publicComplaintAlerted();
    assertThat(alert.getVariablesAsMap()).containsEntry(Variables.REQUEST_ID, requestIdOf("SR-2026-000202"));
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));

    assertThat(request)
        .hasPassedElementsInOrder(ACKNOWLEDGE, GATEWAY_PUBLIC, ALERT_PUBLIC, JOIN_PUBLIC, PLAN_SLA)
        .isWaitingExactlyAtElements(HANDLE);
  }

  @Test
  void repeatedContact_escalatesAtOnce_raisesThePriority_andLeavesTheTaskWhereItIs() {
    var request = waitingForTheTeam("SR-2026-000203");

    journey.customerGotInTouchAgain("SR-2026-000203", 2);
    var escalate = journey.engine().activate(JobTypes.ESCALATE_REPEATED_COMPLAINT);
    assertThat(escalate.getVariablesAsMap())
        .containsEntry(Variables.CONTACT_NUMBER, 2)
        .containsEntry(Variables.CONTACT_IN_PUBLIC, false)
        .containsEntry(Variables.REQUEST_ID, requestIdOf("SR-2026-000203"));
    client.newCompleteCommand(escalate).variables(java.util.Map.of(Variables.TASK_PRIORITY, 65, Variables.CONTACT_IN_PUBLIC, false)).send().join();
    journey.engine().waitForIdle();

    assertThat(request)
        .hasPassedElementsInOrder(COMPLAINT_REPEATED, ESCALATE_REPEATED, ComplaintProcess.Elements.GATEWAY_REPEATED_IN_PUBLIC, REPEATED_ESCALATED, REPEATED_CONTACT)
        .hasNotPassedElement(ComplaintProcess.Elements.ALERT_REPEATED_IN_PUBLIC)
        .hasVariableWithValue(Variables.TASK_PRIORITY, 65)
        .isWaitingExactlyAtElements(HANDLE);
    // the task was not cancelled: the same job is still open
    assertThat(journey.engine().jobsCreated(JobTypes.USER_TASK, request.getProcessInstanceKey())).hasSize(1);

    // the same contact published again (a retry of the outbox) is refused by its message id: it counts once
    assertThatThrownBy(() -> journey.customerGotInTouchAgain("SR-2026-000203", 2))
        .isInstanceOf(ClientStatusException.class)
        .hasMessageContaining("ALREADY_EXISTS");
    // the next contact counts again
    journey.customerGotInTouchAgain("SR-2026-000203", 3);
    journey.repeatedContactEscalated(80);
    assertThat(journey.engine().jobsCreated(JobTypes.ESCALATE_REPEATED_COMPLAINT, request.getProcessInstanceKey())).hasSize(2);
    assertThat(request).hasVariableWithValue(Variables.TASK_PRIORITY, 80).isWaitingExactlyAtElements(HANDLE);

    journey.staffAnswers("We are sorry it took three messages: the refund is on its way.");
    journey.answerSent();
    journey.answerDelivered("SR-2026-000203");
    journey.requestClosed();
    journey.ratingInvited();
    journey.customerRates("SR-2026-000203", 5);
    assertThat(request).isCompleted().hasPassedElement(END);
  }

  @Test
  void repeatedContactInPublic_tellsTheProcessOwnersToo() {
    var request = waitingForTheTeam("SR-2026-000205");

    journey.customerGotInTouchAgain("SR-2026-000205", 2, true);
    journey.repeatedContactEscalated(65, true);
    var alert = journey.publicComplaintAlerted();

    assertThat(alert.getElementId()).isEqualTo(ComplaintProcess.Elements.ALERT_REPEATED_IN_PUBLIC);
    assertThat(request)
        .hasPassedElementsInOrder(
            COMPLAINT_REPEATED, ESCALATE_REPEATED, ComplaintProcess.Elements.GATEWAY_REPEATED_IN_PUBLIC,
            ComplaintProcess.Elements.ALERT_REPEATED_IN_PUBLIC, ComplaintProcess.Elements.REPEATED_IN_PUBLIC_ALERTED)
        .hasNotPassedElement(REPEATED_ESCALATED)
        .isWaitingExactlyAtElements(HANDLE);
  }

  @Test
  void staffAskTheCustomer_herAnswerBringsANewTaskWithAFreshSla() {
    var request = waitingForTheTeam("SR-2026-000204");

    journey.staffAskCustomer("Which order number was the broken drum delivered with?");
    assertThat(journey.customerAsked().getVariablesAsMap())
        .containsEntry(Variables.QUESTION_TEXT, "Which order number was the broken drum delivered with?");
    assertThat(request).isWaitingExactlyAtElements(AWAIT_CUSTOMER);

    // an answer for another reference moves nothing
    journey.customerAnswers("SR-2026-999999", "inbound-other");
    assertThat(request).isWaitingExactlyAtElements(AWAIT_CUSTOMER);

    journey.customerAnswers("SR-2026-000204", "inbound-1");
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(HANDLE);

    journey.staffAnswers("Thank you: the replacement drum ships today.");
    journey.answerSent();
    journey.answerDelivered("SR-2026-000204");
    journey.requestClosed();
    journey.ratingInvited();
    journey.customerRates("SR-2026-000204", 5);
    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(PLAN_SLA, HANDLE, ASK_CUSTOMER, AWAIT_CUSTOMER, CUSTOMER_ANSWERED, PLAN_SLA, HANDLE, SEND_ANSWER, END);
  }
}
