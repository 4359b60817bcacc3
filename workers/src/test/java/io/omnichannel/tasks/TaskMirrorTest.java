package io.omnichannel.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskMirrorTest extends StaffContextTest {

  @Autowired TaskMirror mirror;
  @Autowired TaskService taskService;
  @Autowired UserTasks userTasks;
  @Autowired RecordingTimeline timeline;

  private final long jobKey = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
  private final UUID requestId = UUID.randomUUID();

  @Test
  void aJobDeliveredTwiceIsOneTaskAndOneTimelineEntry() {
    UserTaskJob job = reviewJob(jobKey, requestId, "2026-03-06T16:00:00+01:00", "[\"service-centre\"]");

    mirror.mirror(job);
    mirror.mirror(job);

    StaffTask task = taskService.find(jobKey).orElseThrow();
    assertThat(task.state()).isEqualTo(TaskState.OPEN);
    assertThat(task.name()).isEqualTo("Review manual request");
    assertThat(task.candidateGroups()).containsExactly("service-centre");
    assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-03-06T15:00:00Z"));
    assertThat(task.formKey()).isEqualTo("manual-request-review");
    assertThat(task.requestId()).isEqualTo(requestId);
    assertThat(task.reference()).isEqualTo("REF-" + jobKey);
    assertThat(task.variables()).containsEntry("requestId", requestId.toString());
    assertThat(timeline.of(requestId))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.kind()).isEqualTo("TASK_CREATED");
              assertThat(entry.customerVisible()).isTrue();
              assertThat(entry.summary()).isEqualTo("A colleague of the service centre is looking at your request");
            });
  }

  @Test
  void theTaskIsOfferedToTheTeamOnly() {
    mirror.mirror(reviewJob(jobKey, requestId, null, "[\"service-centre\"]"));

    assertThat(taskService.openTasksFor("anna")).extracting(StaffTask::jobKey).contains(jobKey);
    assertThat(taskService.openTasksFor("ben")).extracting(StaffTask::jobKey).contains(jobKey);
    assertThat(taskService.openTasksFor("sophie")).extracting(StaffTask::jobKey).doesNotContain(jobKey);
  }

  @Test
  void openTasksComeEarliestDueFirst() {
    long later = jobKey + 1;
    mirror.mirror(reviewJob(later, UUID.randomUUID(), "2026-03-09T12:00:00+01:00", "[\"store-munich\"]"));
    mirror.mirror(reviewJob(jobKey, requestId, "2026-03-09T09:00:00+01:00", "[\"store-munich\"]"));

    assertThat(taskService.openTasksFor("sophie"))
        .extracting(StaffTask::jobKey)
        .containsSubsequence(jobKey, later);
  }

  @Test
  void aFinishedTaskIsLeftAloneWhenItsJobComesAgain() {
    UserTaskJob job = reviewJob(jobKey, requestId, null, "[\"service-centre\"]");
    mirror.mirror(job);
    userTasks.markCompleted(jobKey, "anna", Map.of("decision", "ANSWER"), Instant.now());

    mirror.mirror(job);

    assertThat(taskService.find(jobKey).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    assertThat(taskService.openTasksFor("anna")).extracting(StaffTask::jobKey).doesNotContain(jobKey);
  }

  @Test
  void candidateListsAlsoArriveCommaSeparated() {
    mirror.mirror(reviewJob(jobKey, requestId, null, "service-centre, store-munich"));

    assertThat(taskService.find(jobKey).orElseThrow().candidateGroups()).containsExactly("service-centre", "store-munich");
  }

  @Test
  void namesFollowTheElementIdConvention() {
    assertThat(TaskMirror.nameOf("UserTask_ConfirmSetAside")).isEqualTo("Confirm set aside");
    assertThat(TaskMirror.nameOf("reviewTask")).isEqualTo("Review task");
  }
}
