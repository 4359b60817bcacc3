package io.omnichannel.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import io.omnichannel.tasks.StaffContextTest;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskMirror;
import io.omnichannel.tasks.TaskService;
import io.omnichannel.tasks.TaskSlaState;
import io.omnichannel.tasks.UserTaskJob;
import io.omnichannel.tasks.UserTasks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Plan, remind, escalate: the SLA ladder of a staff task on the demo store calendar. */
class SlaLadderTest extends StaffContextTest {

  @Autowired SlaService sla;
  @Autowired BusinessCalendars calendars;
  @Autowired SlaLadder ladder;
  @Autowired TaskMirror mirror;
  @Autowired TaskService tasks;
  @Autowired UserTasks userTasks;
  @Autowired StaffUsers users;
  @Autowired StaffDirectory directory;
  @Autowired RecordingOutbox outbox;
  @Autowired RecordingTimeline timeline;

  private final long jobKey = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
  private final UUID requestId = UUID.randomUUID();

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
  }

  @Test
  void aRequestReceivedWednesdayEveningIsPromisedForFridayAfternoon() {
    assertThat(sla.expectedBy("MANUAL_REQUEST", berlin("2026-03-04T19:30"))).isEqualTo(berlin("2026-03-06T16:00"));
  }

  @Test
  void theReviewIsDueAfterOneWorkingDayWithTheReminderAtThreeQuarters() {
    SlaPlan plan = sla.planStep("MANUAL_REQUEST", SlaPolicy.REVIEW, berlin("2026-03-05T09:00"));

    assertThat(plan.dueAtIso()).isEqualTo("2026-03-05T17:00:00+01:00");
    assertThat(plan.reminderAtIso()).isEqualTo("2026-03-05T15:00:00+01:00");
  }

  @Test
  void theReminderReachesTheTeamOnceAndTheEscalationTheLead() {
    StaffTask task = mirrorReviewTask("service-centre");

    int reminded = ladder.remindTeam(task.processInstanceKey());
    int remindedAgain = ladder.remindTeam(task.processInstanceKey());

    assertThat(reminded).isEqualTo(3);
    assertThat(remindedAgain).isZero();
    assertThat(outbox.of(requestId))
        .extracting(OutboundMail::recipient)
        .containsExactlyInAnyOrder("anna@staff.shop.example", "ben@staff.shop.example", "lena@staff.shop.example");
    assertThat(outbox.of(requestId).get(0).dedupKey())
        .startsWith("remind:" + requestId + ":" + task.elementInstanceKey() + ":");
    assertThat(outbox.of(requestId).get(0).body()).contains("https://shop.example/staff/tasks/" + jobKey);
    assertThat(userTasks.find(jobKey).orElseThrow().slaState()).isEqualTo(TaskSlaState.REMINDED);

    int escalated = ladder.escalateToTeamLead(task.processInstanceKey());
    int escalatedAgain = ladder.escalateToTeamLead(task.processInstanceKey());

    assertThat(escalated).isEqualTo(1);
    assertThat(escalatedAgain).isZero();
    assertThat(outbox.of(requestId))
        .filteredOn(m -> m.dedupKey().startsWith("escalate:"))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.recipient()).isEqualTo("lena@staff.shop.example");
          assertThat(m.subject()).startsWith("Overdue: request REF-" + jobKey);
        });
    assertThat(userTasks.find(jobKey).orElseThrow().slaState()).isEqualTo(TaskSlaState.ESCALATED);
    assertThat(timeline.of(requestId))
        .extracting(TimelineEntry::kind)
        .containsExactly("TASK_CREATED", "TEAM_REMINDED", "SLA_ESCALATED");
  }

  @Test
  void aComplaintIsDueAfterFourBusinessHours_remindedAtHalfTime_andGoesToTheProcessOwnersAtTwiceTheSla() {
    Instant thursdayMorning = berlin("2026-03-05T09:00");

    SlaPlan plan = sla.planStep("COMPLAINT", SlaPolicy.REVIEW, thursdayMorning);

    assertThat(plan.dueAtIso()).isEqualTo("2026-03-05T13:00:00+01:00");
    assertThat(plan.reminderAtIso()).isEqualTo("2026-03-05T11:00:00+01:00");
    assertThat(plan.iso(sla.secondEscalationAt("COMPLAINT", SlaPolicy.REVIEW, thursdayMorning)))
        .isEqualTo("2026-03-05T17:00:00+01:00");
    assertThat(sla.planStep("GENERAL_QUESTION", SlaPolicy.REVIEW, thursdayMorning).dueAtIso())
        .as("16 business hours: two working days")
        .isEqualTo("2026-03-06T16:00:00+01:00");
    assertThat(sla.planStep("CALLBACK", SlaPolicy.REVIEW, thursdayMorning).dueAtIso())
        .isEqualTo("2026-03-05T13:00:00+01:00");
  }

  @Test
  void aStepPlannedOnAStoresCalendar_climbsTheWholeLadderOnThatCalendar() {
    Map<DayOfWeek, List<OpeningHours>> mondayToSaturday = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
      mondayToSaturday.put(day, List.of(new OpeningHours(LocalTime.of(10, 0), LocalTime.of(20, 0))));
    }
    calendars.save("ladder-test-store", "Store open 10-20", new BusinessCalendar("ladder-test-store", ZoneId.of("Europe/Berlin"), mondayToSaturday, Set.of()));
    Instant thursdayMorning = berlin("2026-03-05T09:00");

    SlaPlan plan = sla.planStep("COMPLAINT", SlaPolicy.REVIEW, thursdayMorning, "ladder-test-store");

    assertThat(plan.dueAtIso()).as("four business hours from opening at 10").isEqualTo("2026-03-05T14:00:00+01:00");
    assertThat(plan.iso(sla.secondEscalationAt("COMPLAINT", SlaPolicy.REVIEW, thursdayMorning, "ladder-test-store")))
        .as("eight business hours on the store's calendar, not the policy's")
        .isEqualTo("2026-03-05T18:00:00+01:00");
  }

  @Test
  void anOverdueComplaintReachesTheProcessOwnersOnce() {
    StaffTask task = mirrorReviewTask("complaints");

    int notified = ladder.notifyProcessOwners(task.processInstanceKey());
    int notifiedAgain = ladder.notifyProcessOwners(task.processInstanceKey());

    assertThat(notified).isPositive();
    assertThat(notifiedAgain).isZero();
    assertThat(outbox.of(requestId))
        .filteredOn(m -> m.dedupKey().startsWith("process-owners:"))
        .extracting(OutboundMail::recipient)
        .contains("paul@staff.shop.example")
        .doesNotContain("lena@staff.shop.example", "ben@staff.shop.example");
    assertThat(outbox.of(requestId))
        .filteredOn(m -> m.dedupKey().startsWith("process-owners:"))
        .allSatisfy(m -> assertThat(m.subject()).startsWith("Complaint overdue twice its SLA: request REF-" + jobKey));
    assertThat(timeline.of(requestId))
        .extracting(TimelineEntry::kind)
        .containsOnlyOnce("SLA_ESCALATED_TO_PROCESS_OWNERS");
  }

  @Test
  void absentColleaguesAreNotReminded() {
    String team = "team-" + jobKey;
    directory.saveTeam(new Team(team, "Returns desk", "lena", "store-hours-de"));
    users.save(new StaffUser("present-" + jobKey, "Present", "present@staff.shop.example", "x", Set.of(StaffRole.AGENT), false, null));
    users.save(new StaffUser("away-" + jobKey, "Away", "away@staff.shop.example", "x", Set.of(StaffRole.AGENT), true, LocalDate.now().plusDays(7)));
    users.save(new StaffUser("back-" + jobKey, "Back", "back@staff.shop.example", "x", Set.of(StaffRole.AGENT), true, LocalDate.now().minusDays(1)));
    directory.addMember(team, "present-" + jobKey);
    directory.addMember(team, "away-" + jobKey);
    directory.addMember(team, "back-" + jobKey);
    StaffTask task = mirrorReviewTask(team);

    ladder.remindTeam(task.processInstanceKey());

    assertThat(outbox.of(requestId))
        .extracting(OutboundMail::recipient)
        .containsExactlyInAnyOrder("present@staff.shop.example", "back@staff.shop.example");
  }

  @Test
  void aTaskDoneBeforeTheTimerFiredIsNotEscalated() {
    StaffTask task = mirrorReviewTask("service-centre");
    userTasks.markCompleted(jobKey, "ben", Map.of(), Instant.now());

    assertThat(ladder.escalateToTeamLead(task.processInstanceKey())).isZero();
    assertThat(outbox.of(requestId)).isEmpty();
  }

  private StaffTask mirrorReviewTask(String team) {
    UserTaskJob job = reviewJob(jobKey, requestId, "2026-03-05T17:00:00+01:00", "[\"" + team + "\"]");
    mirror.mirror(job);
    return tasks.find(jobKey).orElseThrow();
  }
}
