package io.omnichannel.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.omnichannel.processes.ComplaintProcess.Elements;
import io.omnichannel.processes.testsupport.ProcessEngineDriver;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The daily digest beside the complaint model: a timer start every morning, one job per day with the day as its key. */
@ZeebeProcessTest
class ComplaintDigestTest {

  private ZeebeTestEngine engine;
  private ZeebeClient client;

  @Test
  void everyMorning_theDigestJobRunsOnce_withTheDayAsItsKey() {
    var driver = new ProcessEngineDriver(engine, client);
    driver.deploy(ComplaintProcess.RESOURCE);

    driver.advanceClock(Duration.ofDays(1));
    var digest = driver.activate(JobTypes.SEND_COMPLAINT_DIGEST);
    assertThat(digest.getBpmnProcessId()).isEqualTo(ComplaintProcess.DIGEST_PROCESS_ID);
    String day = (String) digest.getVariablesAsMap().get(ComplaintProcess.Variables.DIGEST_DATE);
    // the engine's today (UTC): a day after the real one, the clock having moved a day
    assertThat(LocalDate.parse(day)).isAfter(LocalDate.now(ZoneOffset.UTC).minusDays(1));
    client.newCompleteCommand(digest).variables(Map.of()).send().join();
    driver.waitForIdle();
    assertThat(new InspectedProcessInstance(digest.getProcessInstanceKey()))
        .isCompleted()
        .hasPassedElementsInOrder(Elements.DAILY_DIGEST, Elements.SEND_DIGEST, Elements.DIGEST_SENT);

    // the next morning brings the next day's digest
    driver.advanceClock(Duration.ofDays(1));
    var next = driver.activate(JobTypes.SEND_COMPLAINT_DIGEST);
    assertThat(LocalDate.parse((String) next.getVariablesAsMap().get(ComplaintProcess.Variables.DIGEST_DATE)))
        .isEqualTo(LocalDate.parse(day).plusDays(1));
  }
}
