package io.omnichannel.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.staff.AbsencePeriod;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import io.omnichannel.tasks.TaskQuery.Scope;
import io.omnichannel.tasks.TaskQuery.SlaFilter;
import io.omnichannel.tasks.TaskQuery.Sort;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list's queries, a team lead's assignment and absences, on real PostgreSQL. Each test
 * gets its own team and people, so the shared database's other tasks do not show up.
 */
class TaskListTest extends StaffContextTest {

  @Autowired UserTasks userTasks;
  @Autowired TaskService tasks;
  @Autowired Absences absences;
  @Autowired StaffUsers users;
  @Autowired StaffDirectory directory;
  @Autowired RecordingOutbox outbox;
  @Autowired RecordingTimeline timeline;

  private final long key = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
  private final String team = "team-" + key;
  private final String lead = "lead-" + key;
  private final String agent = "agent-" + key;
  private final String colleague = "colleague-" + key;
  private final String outsider = "outsider-" + key;
  private final Instant now = Instant.now();

  @BeforeEach
  void team() {
    person(lead, StaffRole.TEAM_LEAD, StaffRole.AGENT);
    person(agent, StaffRole.AGENT);
    person(colleague, StaffRole.AGENT);
    person(outsider, StaffRole.TEAM_LEAD);
    directory.saveTeam(new Team(team, "Team " + key, lead, null));
    List.of(lead, agent, colleague).forEach(u -> directory.addMember(team, u));
  }

  @Test
  void theTeamQueueListsOpenTasksEarliestDueFirstPageByPageWithCounts() {
    long later = task(1, now.plus(Duration.ofDays(2)), "Maria Keller", "K-100234", "WEB");
    long earliest = task(2, now.minus(Duration.ofHours(1)), "Jonas Berger", "K-100517", "WEB");
    long noDue = task(3, null, "Aylin Demir", "K-100988", "PHONE");
    long soon = task(4, now.plus(Duration.ofHours(2)), "Peter Novak", "K-101342", "WEB");
    long done = task(5, now.minus(Duration.ofDays(1)), "Done Customer", "K-1", "WEB");
    long cancelled = task(6, now.minus(Duration.ofDays(1)), "Gone Customer", "K-2", "WEB");
    userTasks.markCompleted(done, agent, Map.of(), now);
    userTasks.markCancelled(cancelled);

    assertThat(keys(query(Sort.DUE_ASC, 0, 50))).containsExactly(earliest, soon, later, noDue);
    TaskPage first = userTasks.teamQueue(query(Sort.DUE_ASC, 0, 3));
    assertThat(first.hasNext()).isTrue();
    assertThat(keys(query(Sort.DUE_ASC, 1, 3))).containsExactly(noDue);
    assertThat(keys(query(Sort.DUE_DESC, 0, 50))).containsExactly(later, soon, earliest, noDue);
    assertThat(userTasks.queueCounts(List.of(team), now)).containsExactly(new QueueCount(team, 4, 1));
  }

  @Test
  void filtersAndSearchNarrowTheQueue() {
    long overdue = task(1, now.minus(Duration.ofHours(1)), "Jonas Berger", "K-100517", "WEB");
    long soon = task(2, now.plus(Duration.ofHours(2)), "Peter Novak", "K-101342", "PHONE");
    task(3, now.plus(Duration.ofDays(3)), "Maria Keller", "K-100234", "WEB");

    assertThat(keys(filtered(SlaFilter.OVERDUE, null, null, null))).containsExactly(overdue);
    assertThat(keys(filtered(SlaFilter.DUE_SOON, null, null, null))).containsExactly(soon);
    assertThat(keys(filtered(SlaFilter.ANY, "PHONE", null, null))).containsExactly(soon);
    assertThat(keys(filtered(SlaFilter.ANY, null, "K-100517", null))).containsExactly(overdue);
    assertThat(keys(filtered(SlaFilter.ANY, null, null, "novak"))).containsExactly(soon);
    assertThat(keys(filtered(SlaFilter.ANY, null, null, "ref-" + (key + 1)))).containsExactly(overdue);
    assertThat(keys(filtered(SlaFilter.ANY, null, null, "100%"))).isEmpty();
  }

  @Test
  void theFollowUpDateFiltersAndSortsLikeCamundaTasklists() {
    long reached = task(1, now.plus(Duration.ofDays(2)), now.minus(Duration.ofHours(2)));
    long reachedEarlier = task(2, now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)));
    long later = task(3, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
    long none = task(4, now.plus(Duration.ofHours(2)), null);

    assertThat(keys(filtered(SlaFilter.FOLLOW_UP, null, null, null))).containsExactly(reached, reachedEarlier);
    assertThat(keys(query(Sort.FOLLOW_UP, 0, 50))).containsExactly(reachedEarlier, reached, later, none);
    assertThat(userTasks.find(later).orElseThrow().followUpAt()).isNotNull();
  }

  @Test
  void myTasksAreTheOnesIClaimed() {
    long mine = task(1, now.plus(Duration.ofHours(5)), "Maria Keller", "K-100234", "WEB");
    task(2, now.plus(Duration.ofHours(6)), "Jonas Berger", "K-100517", "WEB");

    tasks.claim(mine, agent);

    TaskQuery myTasks = new TaskQuery(Scope.MINE, null, agent, List.of(), null, null, null, null, null, null,
        Sort.DUE_ASC, 0, 50, now);
    assertThat(keys(myTasks)).containsExactly(mine);
    assertThat(userTasks.myCount(agent, now).open()).isEqualTo(1);
    assertThat(userTasks.find(mine).orElseThrow().claimedAt()).isNotNull();
  }

  @Test
  void aTeamLeadAssignsATaskToAColleagueOfTheTeamOnly() {
    long task = task(1, now.plus(Duration.ofHours(5)), "Maria Keller", "K-100234", "WEB");
    tasks.claim(task, agent);

    assertThat(tasks.assign(task, lead, colleague).assignee()).isEqualTo(colleague);
    tasks.assign(task, lead, colleague);
    assertThat(outbox.to(colleague + "@staff.example")).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Assigned to you: Review manual request · REF-" + (key + 1));
      assertThat(mail.body()).contains("Name " + lead + " has assigned a task to you")
          .contains("https://shop.example/staff/tasks/" + task);
    });
    assertThat(timeline.of(userTasks.find(task).orElseThrow().requestId()))
        .singleElement()
        .satisfies(entry -> assertThat(entry.summary()).isEqualTo("Review manual request assigned to Name " + colleague));

    assertThatThrownBy(() -> tasks.assign(task, agent, colleague))
        .isInstanceOf(TaskAssignmentRefusedException.class)
        .hasMessageContaining("Only a team lead");
    assertThatThrownBy(() -> tasks.assign(task, outsider, agent))
        .isInstanceOf(TaskAssignmentRefusedException.class);
    assertThatThrownBy(() -> tasks.assign(task, lead, outsider))
        .isInstanceOf(TaskAssignmentRefusedException.class)
        .hasMessageContaining("is not a member of the team");
    users.markAbsent(agent, null, null, now);
    assertThatThrownBy(() -> tasks.assign(task, lead, agent))
        .isInstanceOf(TaskAssignmentRefusedException.class)
        .hasMessageContaining("is absent");
    assertThat(userTasks.find(task).orElseThrow().assignee()).isEqualTo(colleague);
  }

  @Test
  void anAbsenceReturnsClaimedTasksToTheQueueTellsTheLeadOnceAndBlocksClaims() {
    long first = task(1, now.plus(Duration.ofHours(5)), "Maria Keller", "K-100234", "WEB");
    long second = task(2, now.plus(Duration.ofHours(6)), "Jonas Berger", "K-100517", "WEB");
    tasks.claim(first, agent);
    tasks.claim(second, agent);

    AbsencePeriod now = AbsencePeriod.of(AbsencePeriod.Kind.NOW, null, null, absences.today()).period();
    assertThat(absences.markAbsent(agent, now)).extracting(StaffTask::jobKey).containsExactlyInAnyOrder(first, second);
    absences.returnTasksOf(agent);

    assertThat(userTasks.find(first).orElseThrow().assignee()).isNull();
    assertThat(userTasks.find(second).orElseThrow().assignee()).isNull();
    List<OutboundMail> mails = outbox.to(lead + "@staff.example");
    assertThat(mails).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).contains("2 task(s) back in the team queue");
      assertThat(mail.body()).contains("REF-" + (key + 1)).contains("REF-" + (key + 2));
    });
    assertThatThrownBy(() -> tasks.claim(first, agent))
        .isInstanceOf(TaskConflictException.class)
        .hasMessageContaining("absent");

    absences.markBack(agent);
    assertThat(tasks.claim(first, agent).assignee()).isEqualTo(agent);
  }

  @Test
  void aPlannedAbsenceLeavesTasksAloneUntilItBegins() {
    long task = task(1, now.plus(Duration.ofHours(5)), "Maria Keller", "K-100234", "WEB");
    tasks.claim(task, agent);
    LocalDate tomorrow = absences.today().plusDays(1);

    AbsencePeriod.Result invalid = AbsencePeriod.of(AbsencePeriod.Kind.PERIOD, tomorrow, tomorrow.minusDays(2), absences.today());
    assertThat(invalid.errors()).containsOnlyKeys("until");
    absences.markAbsent(agent, AbsencePeriod.of(AbsencePeriod.Kind.PERIOD, tomorrow, tomorrow.plusDays(3), absences.today()).period());

    assertThat(userTasks.find(task).orElseThrow().assignee()).isEqualTo(agent);
    assertThat(absences.absentToday()).extracting(StaffUser::username).doesNotContain(agent);
  }

  private void person(String username, StaffRole... roles) {
    users.save(new StaffUser(username, "Name " + username, username + "@staff.example", "x", Set.of(roles), false, null));
  }

  private long task(int n, Instant due, String customer, String customerNumber, String channel) {
    return task(n, due, null, customer, customerNumber, channel);
  }

  private long task(int n, Instant due, Instant followUp) {
    return task(n, due, followUp, "Maria Keller", "K-100234", "WEB");
  }

  private long task(int n, Instant due, Instant followUp, String customer, String customerNumber, String channel) {
    long jobKey = key + n;
    userTasks.upsert(new UserTasks.NewTask(jobKey, jobKey, jobKey, "manual-request", "UserTask_ReviewManualRequest",
        UUID.randomUUID(), "REF-" + jobKey, "Review manual request", List.of(team), List.of(), null, due, followUp,
        "manual-request-review", Map.of(), now.plus(Duration.ofMinutes(10)), 50,
        new RequestFacts("MANUAL_REQUEST", channel, null, customer, customerNumber, customer.replace(' ', '.') + "@example.com")));
    return jobKey;
  }

  private TaskQuery query(Sort sort, int page, int size) {
    return new TaskQuery(Scope.TEAM, team, agent, List.of(), null, null, null, null, null, null, sort, page, size, now);
  }

  private TaskQuery filtered(SlaFilter sla, String channel, String customer, String search) {
    return new TaskQuery(Scope.TEAM, team, agent, List.of(), "MANUAL_REQUEST", channel, sla, null, customer, search,
        Sort.DUE_ASC, 0, 50, now);
  }

  private List<Long> keys(TaskQuery query) {
    return userTasks.teamQueue(query).tasks().stream().map(StaffTask::jobKey).toList();
  }
}
