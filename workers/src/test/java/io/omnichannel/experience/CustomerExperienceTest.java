package io.omnichannel.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omnichannel.experience.ExperienceReport.Attainment;
import io.omnichannel.experience.ExperienceReport.Count;
import io.omnichannel.experience.ExperienceReport.Durations;
import io.omnichannel.experience.ExperienceReport.Reopens;
import io.omnichannel.experience.ExperienceReport.TeamVolume;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.sla.OpeningHours;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures against a scripted week of history on real PostgreSQL: thirteen requests,
 * their mails, closings, tasks and ratings at exact times in March 2011 (a period no other test
 * writes into), on a calendar of Mon–Fri 09–17 and Sat 10–14 in Berlin with Wednesday 9 March a
 * holiday. Every expected value below is worked out by hand in the comments.
 */
class CustomerExperienceTest extends ServiceCoreTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ExperiencePeriod WEEK = new ExperiencePeriod(LocalDate.of(2011, 3, 7), LocalDate.of(2011, 3, 13));

  @Autowired CustomerExperience experience;
  @Autowired BusinessCalendars calendars;
  @Autowired JdbcClient jdbc;

  private String calendarId;
  private static ExperienceReport report;

  @BeforeEach
  void scriptTheWeekOnce() {
    if (report != null) {
      return;
    }
    calendarId = "experience-test-" + UUID.randomUUID();
    OpeningHours weekday = OpeningHours.of("09:00", "17:00");
    calendars.save(calendarId, "Experience test hours", new BusinessCalendar(calendarId, BERLIN, Map.of(
        DayOfWeek.MONDAY, List.of(weekday), DayOfWeek.TUESDAY, List.of(weekday), DayOfWeek.WEDNESDAY, List.of(weekday),
        DayOfWeek.THURSDAY, List.of(weekday), DayOfWeek.FRIDAY, List.of(weekday),
        DayOfWeek.SATURDAY, List.of(OpeningHours.of("10:00", "14:00"))), Set.of()));
    calendars.addHoliday(calendarId, LocalDate.of(2011, 3, 9), "Test holiday");
    script();
    report = experience.report(WEEK, calendarId);
  }

  private void script() {
    // R1: answered after 2 h (its acknowledgement does not count), closed after 8 business hours
    UUID r1 = request("MANUAL_REQUEST", "WEB", "CLOSED", "03-07 10:00", "03-08 10:00");
    mail(r1, "ack:", "03-07 10:01");
    mail(r1, "answer:", "03-07 12:00");
    event(r1, "CLOSED", "03-08 10:00");
    // R2: Mon 16:00 → Thu 10:00 over the holiday: 1 + 8 + 0 + 1 = 10 h, for the reply and the closing
    UUID r2 = request("MANUAL_REQUEST", "EMAIL", "CLOSED", "03-07 16:00", "03-10 10:00");
    mail(r2, "manual:", "03-10 10:00");
    event(r2, "CLOSED", "03-10 10:00");
    // R3: submitted before the week (not in its volume nor first response), closed, reopened by a poor rating,
    // closed again Friday 16:00: Fri 1 + Sat 4 + Mon 8 + Tue 8 + Thu 8 + Fri 7 = 36 business hours
    UUID r3 = request("COMPLAINT", "PHONE", "CLOSED", "03-04 16:00", "03-11 16:00");
    mail(r3, "reply:", "03-07 09:00");
    event(r3, "CLOSED", "03-08 11:00");
    event(r3, "REOPENED", "03-10 12:00");
    event(r3, "CLOSED", "03-11 16:00");
    rating(r3, 1, "03-10 11:00");
    // R4: Saturday 11:00, only acknowledged: no first reply yet; open for 0.75 business days at the end
    UUID r4 = request("COMPLAINT", "WEB", "WAITING_FOR_STAFF", "03-12 11:00", null);
    mail(r4, "ack:", "03-12 11:01");
    // R5: Sunday evening, a question on Monday 09:30 (after the week, still its first reply): 0.5 h; open for 0 days
    UUID r5 = request("MANUAL_REQUEST", "WEB", "WAITING_FOR_CUSTOMER", "03-13 20:00", null);
    mail(r5, "question:", "03-14 09:30");
    // R6: replied after 4 h, closed Friday 09:00: Tue 8 + Thu 8 = 16 h; rated 5
    UUID r6 = request("COMPLAINT", "EMAIL", "CLOSED", "03-08 09:00", "03-11 09:00");
    mail(r6, "reply:", "03-08 13:00");
    event(r6, "CLOSED", "03-11 09:00");
    rating(r6, 5, "03-11 10:00");
    // R7: after closing time Thursday; replied at opening on Friday (0 h), closed 15:00 (6 h). A staff mail and a
    // failed customer mail before do not count.
    UUID r7 = request("MANUAL_REQUEST", "STORE", "CLOSED", "03-10 17:30", "03-11 15:00");
    mail(r7, "task-assigned:", "03-10 17:45", "STAFF", "SENT");
    mail(r7, "answer:", "03-10 17:40", "CUSTOMER", "FAILED");
    mail(r7, "answer-again:", "03-11 09:00");
    event(r7, "CLOSED", "03-11 15:00");
    // R9: a complaint of February, rated 4 on Saturday: only its rating is in the week
    UUID r9 = request("COMPLAINT", "WEB", "CLOSED", "02-01 10:00", "02-02 10:00");
    event(r9, "CLOSED", "02-02 10:00");
    rating(r9, 4, "03-12 12:00");
    // R10: open since Tue 1 March 12:00: 0.625 + 9 open days = 9.625 business days at the end
    request("MANUAL_REQUEST", "WEB", "WAITING_FOR_STAFF", "03-01 12:00", null);
    // R11: Thursday at opening, no reply: open for exactly 3 business days (Thu, Fri, Sat) at the end
    UUID r11 = request("MANUAL_REQUEST", "PHONE", "WAITING_FOR_STAFF", "03-10 09:00", null);
    // R12: resolved (not closed) after a reply at 3 h: in no backlog, in no resolution time
    UUID r12 = request("MANUAL_REQUEST", "API", "RESOLVED", "03-08 09:00", null);
    mail(r12, "answer:", "03-08 12:00");
    // R13: Friday 13:00, replied 13:30; open for 0.5 + 1 = 1.5 business days at the end
    UUID r13 = request("MANUAL_REQUEST", "EMAIL", "IN_PROGRESS", "03-11 13:00", null);
    mail(r13, "reply:", "03-11 13:30");

    // SLA targets: team A and team B
    task(r1, List.of("exp-a"), "03-07 09:00", "03-07 13:00", "COMPLETED", "03-07 12:00", "ON_TIME"); // met
    task(r1, List.of("exp-a"), "03-08 09:00", "03-08 12:00", "COMPLETED", "03-09 10:00", "ESCALATED"); // missed, late
    task(r2, List.of("exp-b"), "03-09 09:00", "03-10 12:00", "OPEN", null, "ESCALATED"); // missed, still open
    task(r6, List.of("exp-a", "exp-b"), "03-10 09:00", "03-11 12:00", "COMPLETED", "03-11 11:00", "ON_TIME"); // met, once in All
    task(r6, List.of("exp-b"), "03-10 10:00", "03-11 17:00", "CANCELLED", null, "ON_TIME"); // no verdict
    task(r11, List.of("exp-b"), "03-08 09:00", "03-10 09:00", "CANCELLED", null, "ESCALATED"); // missed, then cancelled
    task(r7, List.of("exp-a"), "03-11 09:00", "03-14 12:00", "COMPLETED", "03-11 10:00", "ON_TIME"); // met in the week, due after it
    task(r3, List.of("exp-a"), "03-04 16:00", "03-06 12:00", "COMPLETED", "03-07 10:00", "ESCALATED"); // missed before the week
    task(r13, List.of("exp-b"), "03-04 16:00", "03-14 10:00", "OPEN", null, "ON_TIME"); // ends after the week
    task(r13, List.of("exp-a"), "03-12 10:00", null, "OPEN", null, "ON_TIME"); // no target
  }

  @Test
  void volumeByChannelTypeTeamAndDay() {
    assertThat(report.requests()).isEqualTo(9);
    assertThat(report.byChannel()).containsExactly(
        new Count("EMAIL", 3), new Count("WEB", 3), new Count("API", 1), new Count("PHONE", 1), new Count("STORE", 1));
    assertThat(report.byType()).containsExactly(new Count("MANUAL_REQUEST", 7), new Count("COMPLAINT", 2));
    // tasks created in the week: A has five (four requests), B four (three requests); the task for two teams counts for both
    assertThat(report.byTeam()).containsExactly(new TeamVolume("exp-a", "exp-a", 5, 4), new TeamVolume("exp-b", "exp-b", 4, 3));
    assertThat(report.bucket()).isEqualTo("day");
    assertThat(report.overTime()).extracting(Count::count).containsExactly(2L, 2L, 0L, 2L, 1L, 1L, 1L);
    assertThat(report.overTime().getFirst().label()).isEqualTo("2011-03-07");
  }

  @Test
  void firstResponseInBusinessHours() {
    // All: 0, 0.5, 0.5, 2, 3, 4, 10 → median 2, p90 at 5.4: 4 + 0.4 × 6 = 6.4; R4 and R11 have no reply yet
    assertDurations(report.firstResponseOverall(), 7, 2.0, 6.4, 2);
    Map<String, Durations> byType = byKey(report.firstResponse(), Durations::type);
    // manual: 0, 0.5, 0.5, 2, 3, 10 → median 1.25, p90 at 4.5: 3 + 0.5 × 7 = 6.5
    assertDurations(byType.get("MANUAL_REQUEST"), 6, 1.25, 6.5, 1);
    assertDurations(byType.get("COMPLAINT"), 1, 4.0, 4.0, 1);
  }

  @Test
  void resolutionTimeOfTheRequestsClosedInThePeriod() {
    // 6, 8, 10, 16, 36 → median 10, p90 at 3.6: 16 + 0.6 × 20 = 28
    assertDurations(report.resolutionOverall(), 5, 10.0, 28.0, 0);
    Map<String, Durations> byType = byKey(report.resolution(), Durations::type);
    assertDurations(byType.get("MANUAL_REQUEST"), 3, 8.0, 9.6, 0); // 6, 8, 10
    assertDurations(byType.get("COMPLAINT"), 2, 26.0, 34.0, 0); // 16, 36
  }

  @Test
  void slaAttainmentCountsTargetsThatEndedInThePeriod() {
    assertThat(report.slaOverall()).isEqualTo(new Attainment(ExperienceReport.ALL, 3, 6));
    assertThat(report.slaOverall().share()).isEqualTo(0.5);
    assertThat(byKey(report.sla(), Attainment::team))
        .containsEntry("exp-a", new Attainment("exp-a", 3, 4))
        .containsEntry("exp-b", new Attainment("exp-b", 1, 3));
  }

  @Test
  void backlogAtTheEndOfThePeriodByBusinessDaysOfAge() {
    assertThat(report.backlogAt()).isEqualTo(LocalDate.of(2011, 3, 14).atStartOfDay(BERLIN).toInstant());
    assertThat(report.backlog()).extracting(Count::count).containsExactly(2L, 1L, 1L, 1L);
  }

  @Test
  void reopenRateAndSatisfaction() {
    assertThat(report.reopensOverall()).isEqualTo(new Reopens(ExperienceReport.ALL, 5, 1));
    assertThat(report.reopensOverall().rate()).isEqualTo(0.2);
    assertThat(byKey(report.reopens(), Reopens::type))
        .containsEntry("COMPLAINT", new Reopens("COMPLAINT", 2, 1))
        .containsEntry("MANUAL_REQUEST", new Reopens("MANUAL_REQUEST", 3, 0));
    assertThat(report.satisfaction().count()).isEqualTo(3);
    assertThat(report.satisfaction().average()).isCloseTo(10.0 / 3, within(1e-9));
    assertThat(report.satisfaction().shareFourOrFive()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(report.satisfaction().distribution()).containsExactly(1L, 0L, 0L, 1L, 1L);
  }

  @Test
  void aPeriodWithNothingInItHasEmptyFigures() {
    ExperienceReport empty = experience.report(new ExperiencePeriod(LocalDate.of(2010, 6, 1), LocalDate.of(2010, 6, 30)), report.calendarId());
    assertThat(empty.requests()).isZero();
    assertThat(empty.firstResponseOverall()).isEqualTo(new Durations(ExperienceReport.ALL, 0, null, null, 0));
    assertThat(empty.slaOverall().share()).isNull();
    assertThat(empty.satisfaction().average()).isNull();
    assertThat(empty.overTime()).hasSize(30).allMatch(c -> c.count() == 0);
  }

  private static void assertDurations(Durations durations, long count, double median, double p90, long pending) {
    assertThat(durations.count()).as("measured").isEqualTo(count);
    assertThat(durations.medianHours()).as("median").isCloseTo(median, within(1e-9));
    assertThat(durations.p90Hours()).as("90th percentile").isCloseTo(p90, within(1e-9));
    assertThat(durations.pending()).as("pending").isEqualTo(pending);
  }

  private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.toMap(key, row -> row));
  }

  /** "MM-dd HH:mm" in Berlin, 2011. */
  private static Timestamp at(String when) {
    return when == null ? null : Timestamp.from(LocalDateTime.parse("2011-" + when.replace(' ', 'T')).atZone(BERLIN).toInstant());
  }

  private UUID request(String type, String channel, String status, String created, String closed) {
    UUID id = UUID.randomUUID();
    String reference = "EXP-" + id.toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO service_requests (id, reference, tracking_token, type, channel, status, contact_name, contact_email,
                type_number, expected_by, created_at, updated_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, 'Experience Test', 'experience@example.com', 'X-1', ?, ?, ?, ?)""")
        .params(id, reference, "tok-" + id, type, channel, status, at(created), at(created), at(created), at(closed))
        .update();
    return id;
  }

  private void mail(UUID requestId, String kind, String sent) {
    mail(requestId, kind, sent, "CUSTOMER", "SENT");
  }

  private void mail(UUID requestId, String kind, String sent, String audience, String status) {
    jdbc.sql(
            """
            INSERT INTO mail_outbox (id, dedup_key, request_id, recipient, subject, body, status, next_attempt_at, created_at,
                sent_at, audience)
            VALUES (?, ?, ?, 'experience@example.com', 'Test', 'Test', ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), kind + requestId, requestId, status, at(sent), at(sent), "SENT".equals(status) ? at(sent) : null,
            audience)
        .update();
  }

  private void event(UUID requestId, String kind, String when) {
    jdbc.sql("INSERT INTO request_events (id, request_id, occurred_at, kind, summary, customer_visible, actor) VALUES (?, ?, ?, ?, ?, true, 'system')")
        .params(UUID.randomUUID(), requestId, at(when), kind, kind)
        .update();
  }

  private void rating(UUID requestId, int rating, String when) {
    jdbc.sql("INSERT INTO complaint_ratings (request_id, token, invited_at, expires_at, rating, rated_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(requestId, "exp-" + requestId, at(when), at(when), rating, at(when))
        .update();
  }

  private void task(UUID requestId, List<String> teams, String created, String due, String state, String completed, String slaState) {
    long key = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    jdbc.sql(
            """
            INSERT INTO user_tasks (job_key, process_instance_key, element_instance_key, bpmn_process_id, element_id, request_id,
                name, candidate_groups, due_at, state, sla_state, created_at, completed_at, lease_expires_at)
            VALUES (?, ?, ?, 'experience-test', 'UserTask_Test', ?, 'Test task', CAST(? AS text[]), ?, ?, ?, ?, ?, ?)""")
        .params(key, key, key, requestId, "{" + String.join(",", teams) + "}", at(due), state, slaState, at(created), at(completed),
            at(created))
        .update();
  }
}
