package io.omnichannel.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.processes.ManualRequestProcess.Elements;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list against a real engine: user-task jobs created by a model, activated through the
 * application's Camunda client, completed, interrupted by a boundary event.
 */
class TaskEngineTest extends StaffContextTest {

  private static final String PROCESS_ID = "review-task-test";
  private static final String MODEL =
      Bpmn.convertToString(
          Bpmn.createExecutableProcess(PROCESS_ID)
              .startEvent()
              .userTask(Elements.REVIEW)
              .zeebeCandidateGroups(ManualRequestProcess.SERVICE_TEAM)
              .zeebeDueDateExpression("slaDueAt")
              .zeebeFormKey(ManualRequestProcess.FORM_KEY_REVIEW)
              .boundaryEvent("BoundaryEvent_RequestWithdrawn")
              .cancelActivity(true)
              .timerWithDuration("PT1H")
              .endEvent("EndEvent_Withdrawn")
              .moveToActivity(Elements.REVIEW)
              .endEvent("EndEvent_Reviewed")
              .done());

  @Autowired CamundaClient client;
  @Autowired TaskMirror mirror;
  @Autowired TaskService tasks;
  @Autowired TaskEngine taskEngine;
  @Autowired UserTasks userTasks;

  private final UUID requestId = UUID.randomUUID();

  @BeforeEach
  void deploy() {
    client.newDeployResourceCommand().addResourceStringUtf8(MODEL, PROCESS_ID + ".bpmn").send().join();
    BpmnAssert.initRecordStream(RecordStream.of(engine().getRecordStreamSource()));
  }

  @Test
  void aTeamMemberCompletesTheTaskWithValidatedVariablesAndTheProcessMovesOn() {
    long instance = startInstance();
    StaffTask task = mirrorTheTaskOf(instance);

    assertThat(task.candidateGroups()).containsExactly("service-centre");
    assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-03-06T15:00:00Z"));
    assertThat(task.formKey()).isEqualTo("manual-request-review");
    assertThat(task.elementId()).isEqualTo(Elements.REVIEW);

    assertThatThrownBy(() -> tasks.complete(task.jobKey(), "sophie", answer("We will send it by post today.")))
        .isInstanceOf(TaskAccessDeniedException.class);
    assertThatThrownBy(() -> tasks.complete(task.jobKey(), "anna", answer("Too short")))
        .isInstanceOfSatisfying(
            TaskFormValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("answerText"));
    assertThatThrownBy(() -> tasks.complete(task.jobKey(), "anna", Map.of("decision", "SEND_MANUAL")))
        .isInstanceOfSatisfying(
            TaskFormValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("manualDocumentId"));
    assertThat(tasks.find(task.jobKey()).orElseThrow().state()).isEqualTo(TaskState.OPEN);

    StaffTask completed = tasks.complete(task.jobKey(), "anna", answer("The manual is attached as a PDF to this answer."));
    waitForEngine();

    assertThat(completed.state()).isEqualTo(TaskState.COMPLETED);
    assertThat(completed.completedBy()).isEqualTo("anna");
    assertThat(completed.outcome()).containsEntry("decision", "ANSWER");
    BpmnAssert.assertThat(new InspectedProcessInstance(instance))
        .isCompleted()
        .hasPassedElement("EndEvent_Reviewed")
        .hasVariableWithValue("decision", "ANSWER")
        .hasVariableWithValue("answerText", "The manual is attached as a PDF to this answer.");
    assertThatThrownBy(() -> tasks.complete(task.jobKey(), "ben", answer("A second answer for the same task.")))
        .isInstanceOf(TaskConflictException.class)
        .hasMessageContaining("already completed by anna");
  }

  @Test
  void aTaskInterruptedByABoundaryEventIsGoneAndNoLongerOffered() {
    StaffTask task = mirrorTheTaskOf(startInstance());

    engine().increaseTime(Duration.ofHours(2));
    waitForEngine();

    assertThatThrownBy(() -> tasks.complete(task.jobKey(), "anna", answer("The manual is attached as a PDF to this answer.")))
        .isInstanceOf(TaskGoneException.class)
        .hasMessageContaining("This task is gone: it was cancelled");
    assertThat(tasks.find(task.jobKey()).orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
    assertThat(tasks.openTasksFor("anna")).extracting(StaffTask::jobKey).doesNotContain(task.jobKey());
  }

  @Test
  void theLeaseKeeperRenewsOpenTasksAndCancelsTheOnesTheEngineNoLongerHas() {
    StaffTask gone = mirrorTheTaskOf(startInstance());
    engine().increaseTime(Duration.ofHours(2));
    waitForEngine();
    StaffTask open = mirrorTheTaskOf(startInstance());
    Instant later = open.leaseExpiresAt().minus(Duration.ofMinutes(1));
    TaskLeaseKeeper keeper = new TaskLeaseKeeper(userTasks, taskEngine, Clock.fixed(later, ZoneOffset.UTC));

    keeper.renewExpiringLeases();
    waitForEngine();

    assertThat(tasks.find(gone.jobKey()).orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
    StaffTask renewed = tasks.find(open.jobKey()).orElseThrow();
    assertThat(renewed.state()).isEqualTo(TaskState.OPEN);
    assertThat(renewed.leaseExpiresAt()).isEqualTo(later.plus(TaskLease.DURATION));
    assertThat(StreamSupport.stream(BpmnAssert.getRecordStream().jobRecords().spliterator(), false))
        .anyMatch(r -> r.getKey() == open.jobKey() && r.getIntent() == JobIntent.TIMEOUT_UPDATED);
  }

  @Test
  void claimingMarksTheTaskAndAColleagueCanReleaseIt() {
    StaffTask task = mirrorTheTaskOf(startInstance());

    assertThat(tasks.claim(task.jobKey(), "anna").assignee()).isEqualTo("anna");
    assertThatThrownBy(() -> tasks.claim(task.jobKey(), "ben"))
        .isInstanceOf(TaskConflictException.class)
        .hasMessageContaining("already claimed by anna");
    assertThatThrownBy(() -> tasks.claim(task.jobKey(), "sophie")).isInstanceOf(TaskAccessDeniedException.class);

    assertThat(tasks.release(task.jobKey(), "ben").assignee()).isNull();
    assertThat(tasks.claim(task.jobKey(), "ben").assignee()).isEqualTo("ben");
  }

  private long startInstance() {
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(PROCESS_ID)
            .latestVersion()
            .variables(
                Map.of(
                    "requestId", requestId.toString(),
                    "reference", "M-" + requestId.toString().substring(0, 8),
                    "slaDueAt", "2026-03-06T16:00:00+01:00"))
            .send()
            .join()
            .getProcessInstanceKey();
    waitForEngine();
    return key;
  }

  private StaffTask mirrorTheTaskOf(long processInstanceKey) {
    ActivatedJob job =
        client
            .newActivateJobsCommand()
            .jobType(JobTypes.USER_TASK)
            .maxJobsToActivate(32)
            .timeout(TaskLease.DURATION)
            .send()
            .join()
            .getJobs()
            .stream()
            .filter(j -> j.getProcessInstanceKey() == processInstanceKey)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no user-task job for instance " + processInstanceKey));
    mirror.mirror(UserTaskJob.from(job));
    return tasks.find(job.getKey()).orElseThrow();
  }

  private static Map<String, Object> answer(String text) {
    return Map.of("decision", "ANSWER", "answerText", text);
  }
}
