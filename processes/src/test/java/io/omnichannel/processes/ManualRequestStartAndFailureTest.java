package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.omnichannel.processes.ManualRequestProcess.Elements.ACKNOWLEDGE;
import static io.omnichannel.processes.ManualRequestProcess.Elements.REVIEW;
import static io.omnichannel.processes.ManualRequestProcess.Elements.VERIFY_PURCHASE;
import static io.omnichannel.processes.ManualRequestProcess.Variables.SLA_DUE_AT;
import static io.omnichannel.processes.ManualRequestProcess.Variables.SLA_REMINDER_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.grpc.Status;
import io.omnichannel.processes.testsupport.ManualRequestJourney;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One running journey per request, whatever the dispatcher re-sends; technical failures end in an incident. */
@ZeebeProcessTest
class ManualRequestStartAndFailureTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ManualRequestJourney journey;

  @BeforeEach
  void deployModel() {
    journey = new ManualRequestJourney(new ProcessEngineDriver(engine, client));
  }

  @Test
  void aSecondMessageForTheSameReference_whileTheFirstRuns_startsNoSecondJourney() {
    // given the journey for MR-2025-0020 is running
    var first = journey.start("MR-2025-0020");

    // when another start message with the same reference arrives (a different message id, no buffering)
    var second = journey.requestReceived("MR-2025-0020", "another-message-id", Duration.ZERO);

    // then it does not start a second instance
    assertThat(second).hasNotCreatedProcessInstance();
    assertThat(journey.engine().instanceStartedBy(second)).isEmpty();
    assertThat(first).isActive();
  }

  @Test
  void aBufferedSecondMessageForTheSameReference_waitsUntilTheFirstJourneyEnds() {
    // given the journey for MR-2025-0021 is running
    var first = journey.start("MR-2025-0021");

    // when a second start message with its own id and a time to live arrives
    var second = journey.requestReceived("MR-2025-0021", "another-message-id", Duration.ofHours(1));

    // then nothing starts while the first journey runs ...
    assertThat(journey.engine().instanceStartedBy(second)).isEmpty();

    // ... but Zeebe starts it as soon as the first one ends: why the dispatcher must reuse one message id per request
    journey.acknowledged();
    journey.purchaseVerified();
    journey.manualInLibrary("doc-oven-x200");
    journey.manualSent();
    journey.answerDelivered("MR-2025-0021");
    journey.requestClosed();
    assertThat(first).isCompleted();
    assertThat(journey.engine().instanceStartedBy(second)).isPresent();
  }

  @Test
  void aResentMessageWithTheSameMessageId_isRejected_andStartsNothing() {
    // given the dispatcher published the request once
    var first = journey.start("MR-2025-0022");

    // when it publishes it again after a crash, with the same message id
    // then the engine rejects the duplicate: for a dispatcher, ALREADY_EXISTS means "already published"
    assertThatThrownBy(() -> journey.requestReceived("MR-2025-0022"))
        .isInstanceOf(ClientStatusException.class)
        .satisfies(e -> assertThat(((ClientStatusException) e).getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
    assertThat(first).isActive().hasPassedElement(ManualRequestProcess.Elements.START, 1);
  }

  @Test
  void aWorkerFailingWithRetriesLeft_getsTheJobAgain_withoutAnIncident() {
    var request = journey.start("MR-2025-0023");
    journey.acknowledged();

    journey.engine().fail(JobTypes.VERIFY_PURCHASE, 4, "order service unavailable");

    var retried = journey.purchaseVerified();
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(request).hasNoIncidents().hasPassedElement(VERIFY_PURCHASE);
  }

  @Test
  void aWorkerFailingWithNoRetriesLeft_raisesAnIncidentOnItsElement() {
    // given a request being acknowledged
    var request = journey.start("MR-2025-0024");

    // when the acknowledgement worker fails for the last time (mail server down)
    var job = journey.engine().fail(JobTypes.ACKNOWLEDGE_REQUEST, 0, "SMTP server not reachable");

    // then an incident holds the request at that element for operations to resolve
    assertThat(request)
        .isActive()
        .isWaitingExactlyAtElements(ACKNOWLEDGE)
        .hasAnyIncidents()
        .extractingLatestIncident()
        .hasErrorType(ErrorType.JOB_NO_RETRIES)
        .hasErrorMessage("SMTP server not reachable")
        .occurredOnElement(ACKNOWLEDGE)
        .occurredDuringJob(job)
        .isUnresolved();
  }

  @Test
  void anSlaPlanTheTimersCannotRead_raisesAnIncidentOnTheReviewTask() {
    // given a request headed for staff review
    var request = journey.start("MR-2025-0025");
    journey.acknowledged();
    journey.purchaseNotVerifiable();

    // when the SLA worker answers with something that is not an ISO-8601 date-time
    journey.engine().complete(JobTypes.PLAN_SLA, Map.of(SLA_REMINDER_AT, "tomorrow", SLA_DUE_AT, "next week"));

    // then the request stops at the review task with an incident instead of waiting without a deadline
    assertThat(request).isActive().hasAnyIncidents().extractingLatestIncident().occurredOnElement(REVIEW).isUnresolved();
  }
}
