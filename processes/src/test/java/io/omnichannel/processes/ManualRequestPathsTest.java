package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ACKNOWLEDGE;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ANSWER_DELIVERED;
import static io.omnichannel.processes.ManualRequestProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ManualRequestProcess.Elements.END;
import static io.omnichannel.processes.ManualRequestProcess.Elements.FIND_MANUAL;
import static io.omnichannel.processes.ManualRequestProcess.Elements.PLAN_SLA;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REVIEW;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SEND_ANSWER;
import static io.omnichannel.processes.ManualRequestProcess.Elements.SEND_MANUAL;
import static io.omnichannel.processes.ManualRequestProcess.Elements.START;
import static io.omnichannel.processes.ManualRequestProcess.Elements.VERIFY_PURCHASE;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static io.omnichannel.processes.testsupport.JourneyDriver.requestIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import io.omnichannel.processes.testsupport.ManualRequestJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three ways a manual request ends: sent automatically, sent by staff, answered by staff. */
@ZeebeProcessTest
class ManualRequestPathsTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ManualRequestJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new ManualRequestJourney(new ProcessEngineDriver(engine, client));
  }

  @Test
  void verifiedBuyerWithManualInLibrary_getsThePdfAutomatically_andNoTaskIsCreated() {
    // given a customer whose order number matches, asking for a manual the library holds
    var request = journey.start("MR-2025-0001");
    journey.acknowledged();
    var verification = journey.purchaseVerified();
    assertThat(verification.getVariablesAsMap())
        .containsEntry(Variables.REQUEST_ID, requestIdOf("MR-2025-0001"))
        .containsEntry(Variables.REFERENCE, "MR-2025-0001");

    // when the manual is found
    journey.manualInLibrary("doc-oven-x200");

    // then that manual is sent and the request closes without anyone in the service centre
    var sendManual = journey.manualSent();
    assertThat(sendManual.getVariablesAsMap()).containsEntry(Variables.MANUAL_DOCUMENT_ID, "doc-oven-x200");
    // and the request waits, unanswered, until the mail with the manual is delivered
    assertThat(request).isWaitingExactlyAtElements(ANSWER_DELIVERED);
    journey.answerDelivered("MR-2025-0002-not-this-one"); // another request's delivery moves nothing
    assertThat(request).isWaitingExactlyAtElements(ANSWER_DELIVERED);
    journey.answerDelivered("MR-2025-0001");
    journey.requestClosed();

    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(START, ACKNOWLEDGE, VERIFY_PURCHASE, FIND_MANUAL, SEND_MANUAL, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(PLAN_SLA)
        .hasNotPassedElement(REVIEW);
    assertThat(journey.engine().jobsCreated(JobTypes.USER_TASK, request.getProcessInstanceKey())).isEmpty();
  }

  @Test
  void unverifiablePurchase_goesToTheServiceCentreQueueWithAnSla_andStaffSendTheManual() {
    // given a customer who gave no order, receipt or customer number
    var request = journey.start("MR-2025-0002");
    journey.acknowledged();
    journey.purchaseNotVerifiable();

    // when the SLA is planned on business hours
    Instant dueAt = hoursFromNow(8);
    journey.slaPlanned(hoursFromNow(4), dueAt);

    // then the service centre's queue holds a review task due at the SLA
    assertThat(request).isWaitingExactlyAtElements(REVIEW).hasNotPassedElement(FIND_MANUAL);
    var task = journey.staffSendsManual("doc-oven-x200");
    assertThat(task.getElementId()).isEqualTo(REVIEW);
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"" + ManualRequestProcess.SERVICE_TEAM + "\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, ManualRequestProcess.FORM_KEY_REVIEW);
    assertThat(OffsetDateTime.parse(task.getCustomHeaders().get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME)).toInstant())
        .isEqualTo(dueAt);

    // and when staff choose to send the manual, it is sent and the request closes
    var sendManual = journey.manualSent();
    assertThat(sendManual.getVariablesAsMap()).containsEntry(Variables.MANUAL_DOCUMENT_ID, "doc-oven-x200");
    journey.answerDelivered("MR-2025-0002");
    journey.requestClosed();

    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(START, ACKNOWLEDGE, VERIFY_PURCHASE, PLAN_SLA, REVIEW, SEND_MANUAL, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(SEND_ANSWER);
  }

  @Test
  void verifiedBuyerWhoseManualIsMissing_getsAReasonedAnswerFromStaff() {
    // given a verified purchase of a product whose manual is not in the library
    var request = journey.start("MR-2025-0003");
    journey.acknowledged();
    journey.purchaseVerified();
    journey.manualMissing();
    journey.slaPlanned(hoursFromNow(4), hoursFromNow(8));
    assertThat(request).isWaitingExactlyAtElements(REVIEW);

    // when staff answer instead of sending a manual
    journey.staffAnswers("The manufacturer sends the manual for this model by post; it is on its way.");

    // then the answer is sent and the request closes
    var sendAnswer = journey.answerSent();
    assertThat(sendAnswer.getVariablesAsMap())
        .containsEntry(Variables.ANSWER_TEXT, "The manufacturer sends the manual for this model by post; it is on its way.");
    journey.answerDelivered("MR-2025-0003");
    journey.requestClosed();

    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(
            START, ACKNOWLEDGE, VERIFY_PURCHASE, FIND_MANUAL, PLAN_SLA, REVIEW, SEND_ANSWER, ANSWER_DELIVERED, CLOSE_REQUEST, END)
        .hasNotPassedElement(SEND_MANUAL);
  }
}
