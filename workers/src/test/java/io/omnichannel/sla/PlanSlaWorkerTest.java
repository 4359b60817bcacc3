package io.omnichannel.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Elements;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import io.omnichannel.tasks.StaffContextTest;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskMirror;
import io.omnichannel.tasks.TaskService;
import io.omnichannel.tasks.UserTaskJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planned deadlines go through a real engine: the user task's due date and the reminder timer
 * read them, and the reminder reaches the team.
 */
class PlanSlaWorkerTest extends StaffContextTest {

  /** Shaped like the manual-request model's review step, with the id of that process for the policy. */
  private static final String MODEL =
      Bpmn.convertToString(
          Bpmn.createExecutableProcess("manual-request")
              .startEvent()
              .serviceTask(Elements.PLAN_SLA, t -> t.zeebeJobType(JobTypes.PLAN_SLA))
              .userTask(Elements.REVIEW)
              .zeebeCandidateGroups("service-centre")
              .zeebeDueDateExpression(Variables.SLA_DUE_AT)
              .boundaryEvent(Elements.SLA_REMINDER)
              .cancelActivity(false)
              .timerWithDateExpression(Variables.SLA_REMINDER_AT)
              .serviceTask(Elements.REMIND_TEAM, t -> t.zeebeJobType(JobTypes.REMIND_TEAM))
              .endEvent(Elements.TEAM_REMINDED)
              .moveToActivity(Elements.REVIEW)
              .endEvent()
              .done());

  @Autowired CamundaClient client;
  @Autowired SlaService sla;
  @Autowired io.omnichannel.staff.StaffDirectory teams;
  @Autowired TaskMirror mirror;
  @Autowired TaskService tasks;
  @Autowired RemindTeamWorker remindTeamWorker;
  @Autowired RecordingOutbox outbox;
  @Autowired RequestSubmissions submissions;
  @Autowired SlaPolicies policies;

  private final UUID requestId = UUID.randomUUID();

  @Test
  void deadlinesPlannedOnWednesdayEveningDriveTheTaskAndItsReminder() {
    Instant wednesdayEvening = LocalDateTime.parse("2026-03-04T19:30").atZone(ZoneId.of("Europe/Berlin")).toInstant();
    PlanSlaWorker worker = new PlanSlaWorker(sla, teams, submissions, Clock.fixed(wednesdayEvening, ZoneOffset.UTC));
    client.newDeployResourceCommand().addResourceStringUtf8(MODEL, "manual-request-sla-test.bpmn").send().join();
    long instance =
        client.newCreateInstanceCommand().bpmnProcessId("manual-request").latestVersion()
            .variables(Map.of(Variables.REQUEST_ID, requestId.toString(), Variables.REFERENCE, "M-2026-0042"))
            .send().join().getProcessInstanceKey();
    waitForEngine();

    ActivatedJob planJob = activate(JobTypes.PLAN_SLA, instance);
    Map<String, Object> deadlines = worker.planSla(planJob);
    client.newCompleteCommand(planJob).variables(deadlines).send().join();
    waitForEngine();

    // REVIEW: 8 business hours from Thursday 09:00, reminder at 75 %
    assertThat(deadlines)
        .containsEntry(Variables.SLA_DUE_AT, "2026-03-05T17:00:00+01:00")
        .containsEntry(Variables.SLA_REMINDER_AT, "2026-03-05T15:00:00+01:00");
    ActivatedJob userTaskJob = activate(JobTypes.USER_TASK, instance);
    mirror.mirror(UserTaskJob.from(userTaskJob));
    StaffTask task = tasks.find(userTaskJob.getKey()).orElseThrow();
    assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));

    // the reminder instant lies in the engine's past, so the timer has fired already
    remindTeamWorker.remindTeam(activate(JobTypes.REMIND_TEAM, instance));

    assertThat(outbox.of(requestId))
        .extracting(OutboundMail::recipient)
        .contains("anna@staff.shop.example", "ben@staff.shop.example");
    assertThat(outbox.of(requestId).get(0).subject()).isEqualTo("Reminder: request M-2026-0042 is due Thursday 5 March 2026, 17:00");
  }

  @Test
  void aRequestSubmittedBeforeAPolicyChangeIsPlannedOnTheOldVersionOneAfterOnTheNew() {
    String type = "VERSIONED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, "store-hours-de", 8 * 60, 75));
    SlaPolicyVersion first = policies.inEffect(type, SlaPolicy.REVIEW, Instant.now());
    SlaPolicyVersion second = policies.change(new SlaPolicy(type, SlaPolicy.REVIEW, "store-hours-de", 2 * 60, 50, 300), "paul").orElseThrow();
    UUID before = UUID.randomUUID();
    UUID after = UUID.randomUUID();
    RequestSubmissions ledger =
        id -> Optional.of(id.equals(before) ? second.effectiveFrom().minusSeconds(1) : second.effectiveFrom().plusSeconds(1));
    // both planned on Wednesday evening: the clock starts Thursday 09:00 for either
    Instant wednesdayEvening = LocalDateTime.parse("2026-03-04T19:30").atZone(ZoneId.of("Europe/Berlin")).toInstant();
    PlanSlaWorker worker = new PlanSlaWorker(sla, teams, ledger, Clock.fixed(wednesdayEvening, ZoneOffset.UTC));
    client.newDeployResourceCommand().addResourceStringUtf8(MODEL, "manual-request-sla-test.bpmn").send().join();

    Map<String, Object> old = plan(worker, type, before);
    Map<String, Object> changed = plan(worker, type, after);

    assertThat(old)
        .containsEntry(Variables.SLA_DUE_AT, "2026-03-05T17:00:00+01:00")
        .containsEntry(Variables.SLA_REMINDER_AT, "2026-03-05T15:00:00+01:00")
        .containsEntry(Variables.SLA_SECOND_ESCALATION_AT, "2026-03-06T16:00:00+01:00")
        .containsEntry(PlanSlaWorker.SLA_POLICY_VERSION, first.id());
    // two business hours from Thursday 09:00, reminder at half, process owners at three times
    assertThat(changed)
        .containsEntry(Variables.SLA_DUE_AT, "2026-03-05T11:00:00+01:00")
        .containsEntry(Variables.SLA_REMINDER_AT, "2026-03-05T10:00:00+01:00")
        .containsEntry(Variables.SLA_SECOND_ESCALATION_AT, "2026-03-05T15:00:00+01:00")
        .containsEntry(PlanSlaWorker.SLA_POLICY_VERSION, second.id());
  }

  private Map<String, Object> plan(PlanSlaWorker worker, String requestType, UUID requestId) {
    long instance =
        client.newCreateInstanceCommand().bpmnProcessId("manual-request").latestVersion()
            .variables(Map.of(Variables.REQUEST_ID, requestId.toString(), Variables.REFERENCE, "M-2026-0043", "requestType", requestType))
            .send().join().getProcessInstanceKey();
    waitForEngine();
    ActivatedJob job = activate(JobTypes.PLAN_SLA, instance);
    Map<String, Object> deadlines = worker.planSla(job);
    client.newCancelInstanceCommand(instance).send().join();
    return deadlines;
  }

  private ActivatedJob activate(String type, long instance) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(32).send().join().getJobs().stream()
        .filter(j -> j.getProcessInstanceKey() == instance)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " job for instance " + instance));
  }
}
