package io.omnichannel.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.tasks.StaffContextTest;
import io.omnichannel.tasks.TaskMirror;
import io.omnichannel.tasks.UserTaskJob;
import io.omnichannel.tasks.UserTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open tasks keep the policy version they were planned on: the console counts them per earlier
 * version, and the process owners' mail names that version's share.
 */
class SlaPolicyOverviewTest extends StaffContextTest {

  @Autowired SlaPolicies policies;
  @Autowired SlaPolicySettings settings;
  @Autowired TaskMirror mirror;
  @Autowired UserTasks tasks;
  @Autowired SlaLadder ladder;
  @Autowired RecordingOutbox outbox;

  private final String type = "OVERVIEW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private final long jobKey = System.nanoTime();

  @Test
  void openTasksPlannedOnAnEarlierVersionAreCounted_completedOnesAndCurrentOnesAreNot() {
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, "store-hours-de", 4 * 60, 50, 150));
    SlaPolicyVersion first = policies.inEffect(type, SlaPolicy.REVIEW, Instant.now());
    mirrorTaskPlannedOn(jobKey, first);
    mirrorTaskPlannedOn(jobKey + 1, first);
    assertThat(settings.overview(type, SlaPolicy.REVIEW).openTasksUnderOlderVersions()).isZero();

    SlaPolicyVersion second = policies.change(new SlaPolicy(type, SlaPolicy.REVIEW, "store-hours-de", 2 * 60, 50, 150), "paul").orElseThrow();
    mirrorTaskPlannedOn(jobKey + 2, second);
    tasks.markCompleted(jobKey + 1, "ben", Map.of(), Instant.now());

    SlaPolicySettings.PolicyOverview overview = settings.overview(type, SlaPolicy.REVIEW);
    assertThat(overview.current().version()).isEqualTo(2);
    assertThat(overview.openTasksUnderOlderVersions()).isEqualTo(1);
    assertThat(overview.olderWithOpenTasks()).singleElement().satisfies(o -> {
      assertThat(o.version().id()).isEqualTo(first.id());
      assertThat(o.openTasks()).isEqualTo(1);
    });
    assertThat(settings.overview()).anySatisfy(o -> assertThat(o.current().id()).isEqualTo(second.id()));
  }

  @Test
  void theProcessOwnersMailNamesTheShareOfTheTasksVersion() {
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, "store-hours-de", 4 * 60, 50, 150));
    UUID requestId = mirrorTaskPlannedOn(jobKey, policies.inEffect(type, SlaPolicy.REVIEW, Instant.now()));

    ladder.notifyProcessOwners(jobKey + 1_000_000);

    assertThat(outbox.of(requestId))
        .filteredOn(m -> m.dedupKey().startsWith("process-owners:"))
        .extracting(OutboundMail::subject)
        .isNotEmpty()
        .allSatisfy(subject -> assertThat(subject).startsWith("Complaint overdue at 150 % of its SLA: request REF-" + jobKey));
  }

  private UUID mirrorTaskPlannedOn(long key, SlaPolicyVersion version) {
    UUID requestId = UUID.randomUUID();
    UserTaskJob job =
        new UserTaskJob(
            key,
            key + 1_000_000,
            key + 2_000_000,
            "complaint",
            "UserTask_HandleComplaint",
            Map.of(UserTaskJob.HEADER_CANDIDATE_GROUPS, "[\"complaints\"]", UserTaskJob.HEADER_DUE_DATE, "2026-03-05T17:00:00+01:00"),
            Map.of("requestId", requestId.toString(), "reference", "REF-" + key, PlanSlaWorker.SLA_POLICY_VERSION, version.id()),
            Instant.now().plus(Duration.ofMinutes(10)));
    mirror.mirror(job);
    return requestId;
  }
}
