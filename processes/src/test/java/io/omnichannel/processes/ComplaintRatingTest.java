package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ComplaintProcess.Elements.AWAIT_RATING;
import static io.omnichannel.processes.ComplaintProcess.Elements.CLOSE_REOPENED;
import static io.omnichannel.processes.ComplaintProcess.Elements.CLOSE_REQUEST;
import static io.omnichannel.processes.ComplaintProcess.Elements.COMPLAINT_RATED;
import static io.omnichannel.processes.ComplaintProcess.Elements.END;
import static io.omnichannel.processes.ComplaintProcess.Elements.GATEWAY_RATING_POOR;
import static io.omnichannel.processes.ComplaintProcess.Elements.HANDLE;
import static io.omnichannel.processes.ComplaintProcess.Elements.INVITE_RATING;
import static io.omnichannel.processes.ComplaintProcess.Elements.NOT_RATED;
import static io.omnichannel.processes.ComplaintProcess.Elements.RATING_OVERDUE;
import static io.omnichannel.processes.ComplaintProcess.Elements.REOPEN;
import static io.omnichannel.processes.ComplaintProcess.Elements.REOPENED_CLOSED;
import static io.omnichannel.processes.ComplaintProcess.Elements.REVIEW_POOR_RATING;
import static io.omnichannel.processes.testsupport.JourneyDriver.hoursFromNow;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.Protocol;
import io.omnichannel.processes.ComplaintProcess.Variables;
import io.omnichannel.processes.testsupport.ComplaintJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After the complaint is closed the customer is asked for a rating: 3–5 ends it, 1–2 reopens it for the team lead, none ends it after 14 days. */
@ZeebeProcessTest
class ComplaintRatingTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ComplaintJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new ComplaintJourney(new ProcessEngineDriver(engine, client));
  }

  private InspectedProcessInstance closedAndInvited(String reference) {
    var request = journey.start(reference, false);
    journey.acknowledged();
    journey.slaPlanned(hoursFromNow(2), hoursFromNow(4), hoursFromNow(8));
    journey.answeredAndClosed(reference, "We are sorry: the refund is on its way.");
    assertThat(request).hasPassedElementsInOrder(CLOSE_REQUEST, INVITE_RATING).isWaitingAtElements(AWAIT_RATING);
    return request;
  }

  @Test
  void goodRating_endsIt() {
    var request = closedAndInvited("SR-2026-000401");
    // a rating for another complaint moves nothing
    journey.customerRates("SR-2026-999998", 1);
    assertThat(request).isWaitingAtElements(AWAIT_RATING);

    journey.customerRates("SR-2026-000401", 3);

    assertThat(request).isCompleted().hasPassedElementsInOrder(COMPLAINT_RATED, GATEWAY_RATING_POOR, END).hasNotPassedElement(REOPEN);
  }

  @Test
  void poorRating_reopensTheCase_forTheTeamLead() {
    var request = closedAndInvited("SR-2026-000402");

    journey.customerRates("SR-2026-000402", 2);
    var reopen = journey.reopened("lena");
    assertThat(reopen.getVariablesAsMap()).containsEntry(Variables.RATING, 2);
    assertThat(request).isWaitingExactlyAtElements(REVIEW_POOR_RATING);

    var task = journey.engine().complete(
        JobTypes.USER_TASK, Map.of(Variables.REOPEN_OUTCOME, "Called him: a new table is delivered on Friday, with our apology."));
    assertThat(task.getElementId()).isEqualTo(REVIEW_POOR_RATING);
    assertThat(task.getCustomHeaders())
        .containsEntry(Protocol.USER_TASK_ASSIGNEE_HEADER_NAME, "lena")
        .containsEntry(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME, "[\"complaints\"]")
        .containsEntry(Protocol.USER_TASK_FORM_KEY_HEADER_NAME, ComplaintProcess.FORM_KEY_REOPENED);
    journey.engine().complete(JobTypes.CLOSE_REQUEST, Map.of());

    assertThat(request)
        .isCompleted()
        .hasPassedElementsInOrder(COMPLAINT_RATED, GATEWAY_RATING_POOR, REOPEN, REVIEW_POOR_RATING, CLOSE_REOPENED, REOPENED_CLOSED)
        .hasNotPassedElement(END);
  }

  @Test
  void noRating_endsItAfterFourteenDays() {
    var request = closedAndInvited("SR-2026-000403");

    journey.engine().advanceClock(Duration.ofDays(13));
    assertThat(request).isWaitingAtElements(AWAIT_RATING);
    journey.engine().advanceClock(Duration.ofDays(1).plusMinutes(1));

    assertThat(request).isCompleted().hasPassedElementsInOrder(RATING_OVERDUE, NOT_RATED).hasNotPassedElement(COMPLAINT_RATED);
    assertThat(journey.engine().jobsCreated(JobTypes.USER_TASK, request.getProcessInstanceKey()))
        .extracting(job -> job.getElementId())
        .containsExactly(HANDLE);
  }
}
