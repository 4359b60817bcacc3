package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.sla.SlaPolicies;
import io.omnichannel.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paul (process owner) changes the manual request's review SLA in the console: a request submitted
 * afterwards gets a task due per the new minutes, the one submitted before keeps its due date and is
 * counted as running under the earlier version; the change is in the audit log. Only process owners
 * and admins reach the pages.
 */
@EndToEndTest
class SlaConsoleTest {

  private static final String POLICY = "/staff/console/sla/MANUAL_REQUEST/REVIEW";
  private static final String CALENDAR = "/staff/console/calendars/store-hours-de";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SlaPolicies policies;
  @Autowired BusinessCalendars calendars;

  @Test
  void aChangedSlaAppliesToRequestsSubmittedAfterwards_earlierOnesKeepTheirDueDate() {
    SlaPolicy original = policies.get("MANUAL_REQUEST", SlaPolicy.REVIEW);
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    try {
      assertThat(paul.get("/staff/console").body()).contains("href=\"/staff/console/sla\"").contains("href=\"/staff/console/calendars\"");
      assertThat(paul.get(POLICY).body()).contains("value=\"" + original.businessMinutes() + "\"");

      Page saved = paul.postForm(POLICY, form(original, 7 * 60));
      assertThat(saved.status()).isEqualTo(200);
      assertThat(saved.body()).contains("Saved. Requests submitted from now on are planned on the new values");
      int earlierVersion = currentVersion();
      QueuedTask before = QueuedTask.raise(port, jdbc, "Vera Before");
      Instant beforeDue = dueAt(before);
      assertDuePer(before, 7 * 60);

      assertThat(paul.postForm(POLICY, form(original, 3 * 60)).status()).isEqualTo(200);
      QueuedTask after = QueuedTask.raise(port, jdbc, "Arne After");

      assertDuePer(after, 3 * 60);
      assertThat(dueAt(before)).isEqualTo(beforeDue);
      Page policy = paul.get(POLICY);
      assertThat(policy.body())
          .contains("id=\"older-version-" + earlierVersion + "\">1 open task under version " + earlierVersion + " (7 h")
          .contains(original.businessMinutes() + " → 420")
          .contains("420 → 180");
      assertThat(auditRows("paul", "MANUAL_REQUEST/REVIEW")).isGreaterThanOrEqualTo(2);
      assertThat(paul.get("/staff/console/sla").body()).contains("id=\"policy-MANUAL_REQUEST-REVIEW\"");
    } finally {
      policies.change(original, "sla-console-test");
    }
  }

  @Test
  void aWrongFieldAnswers422WithItsMessageAndWritesNothing() {
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    paul.get(POLICY);
    int versions = versionCount();
    Map<String, String> wrong = new HashMap<>(form(policies.get("MANUAL_REQUEST", SlaPolicy.REVIEW), 0));
    wrong.put("reminderAtPercent", "120");

    Page refused = paul.postForm(POLICY, wrong);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Nothing was saved")
        .contains("Give the business time in whole minutes, from 1 to")
        .contains("Give the reminder as a share of the business time, from 1 to 99 %")
        .contains("value=\"120\"");
    assertThat(versionCount()).isEqualTo(versions);
  }

  @Test
  void paulClosesTheStoresForADayAndOpensThemAgain_wrongDatesAreRefused() {
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    assertThat(paul.get(CALENDAR).body())
        .contains("name=\"mon-opens\" id=\"mon-opens\" value=\"09:00\"")
        .contains("name=\"sat-closes\" id=\"sat-closes\" value=\"14:00\"");
    Page wrongHours =
        paul.postForm(CALENDAR, Map.of("name", "Store hours Germany", "zone", "Europe/Berlin", "mon-opens", "18:00", "mon-closes", "09:00"));
    assertThat(wrongHours.status()).isEqualTo(422);
    assertThat(wrongHours.body()).contains("Closes after it opens (18:00).").contains("name=\"mon-opens\" id=\"mon-opens\" value=\"18:00\"");
    assertThat(calendars.get("store-hours-de").weeklyHours()).hasSize(6);

    Page refused =
        paul.postForm(CALENDAR + "/closures", Map.of("closureFirstDay", "2030-08-05", "closureLastDay", "2030-08-01", "closureReason", ""));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("The last day is on or after the first day.").contains("Say why it is closed");
    assertThat(calendars.get("store-hours-de").closures()).isEmpty();

    Page added =
        paul.postForm(CALENDAR + "/closures", Map.of("closureFirstDay", "2030-08-05", "closureLastDay", "", "closureReason", "Stocktaking"));
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.body()).contains("Closure added").contains("Stocktaking");
    BusinessCalendar closed = calendars.get("store-hours-de");
    assertThat(closed.openingHoursOn(java.time.LocalDate.parse("2030-08-05"))).isEmpty();

    Page removed = paul.postForm(CALENDAR + "/closures/remove", Map.of("firstDay", "2030-08-05", "lastDay", "2030-08-05"));
    assertThat(removed.body()).contains("Closure removed").contains("closure removed").contains("closure added");
    assertThat(calendars.get("store-hours-de").closures()).isEmpty();
    assertThat(paul.get("/staff/console/calendars").body()).contains("Store hours Germany");
  }

  @Test
  void paulCreatesACalendarAndAPolicyForANewStep() {
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    paul.get("/staff/console/calendars");
    String id = "vienna-" + System.nanoTime();

    Page refused = paul.postForm("/staff/console/calendars", Map.of("id", id, "name", "Store Vienna", "zone", "Wien"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Give a time zone by its region name");
    Page created = paul.postForm("/staff/console/calendars", Map.of("id", id, "name", "Store Vienna", "zone", "Europe/Vienna"));
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.uri().getPath()).isEqualTo("/staff/console/calendars/" + id);
    assertThat(created.body()).contains("Calendar created").contains("value=\"Europe/Vienna\"");

    String step = "E2E_" + (System.nanoTime() % 1_000_000);
    Page policy =
        paul.postForm(
            "/staff/console/sla",
            Map.of("requestType", "CALLBACK", "step", step, "businessMinutes", "45", "calendarId", id, "reminderAtPercent", "50",
                "processOwnersAtPercent", "200"));
    assertThat(policy.status()).isEqualTo(200);
    assertThat(policy.uri().getPath()).isEqualTo("/staff/console/sla/CALLBACK/" + step);
    assertThat(policy.body()).contains("Policy created").contains("CALLBACK/" + step);
    assertThat(policies.get("CALLBACK", step).calendarId()).isEqualTo(id);
  }

  @Test
  void aCalendarWithMoreIntervalsThanTheFormHasSaysSo() {
    String id = "crowded-" + System.nanoTime();
    calendars.save(
        id, "Three shifts",
        new BusinessCalendar(
            id, java.time.ZoneId.of("Europe/Berlin"),
            Map.of(java.time.DayOfWeek.MONDAY,
                java.util.List.of(
                    io.omnichannel.sla.OpeningHours.of("06:00", "10:00"),
                    io.omnichannel.sla.OpeningHours.of("11:00", "15:00"),
                    io.omnichannel.sla.OpeningHours.of("16:00", "20:00"))),
            java.util.Set.of()));
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");

    Page page = paul.get("/staff/console/calendars/" + id);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("On Monday this calendar has more than two opening intervals");
  }

  @Test
  void agentsAndTeamLeadsAreRefused_andChangeNothing() {
    int versions = versionCount();
    for (String user : new String[] {"anna", "lena"}) {
      WebSession session = new WebSession(port);
      session.signIn(user, "demo");
      assertThat(session.get("/staff/console/sla").status()).as(user).isEqualTo(403);
      assertThat(session.get(POLICY).status()).as(user).isEqualTo(403);
      assertThat(session.get(CALENDAR).status()).as(user).isEqualTo(403);
      session.get("/staff/tasks");
      assertThat(session.postForm(POLICY, form(policies.get("MANUAL_REQUEST", SlaPolicy.REVIEW), 1)).status()).as(user).isEqualTo(403);
    }
    assertThat(versionCount()).isEqualTo(versions);
    WebSession admin = new WebSession(port);
    admin.signIn("admin", "demo");
    assertThat(admin.get(POLICY).status()).isEqualTo(200);
    assertThat(admin.get("/staff/console/sla/NO_SUCH_TYPE/REVIEW").status()).isEqualTo(404);
  }

  private static Map<String, String> form(SlaPolicy policy, int minutes) {
    return Map.of(
        "businessMinutes", Integer.toString(minutes),
        "calendarId", policy.calendarId(),
        "reminderAtPercent", Integer.toString(policy.reminderAtPercent()),
        "processOwnersAtPercent", Integer.toString(policy.processOwnersAtPercent()));
  }

  /** The task's due date lies {@code minutes} business minutes after a moment between the request's submission and the task's creation. */
  private void assertDuePer(QueuedTask task, int minutes) {
    BusinessCalendar calendar = calendars.get("store-hours-de");
    Instant submitted =
        jdbc.sql("select created_at from service_requests where reference = ?").param(task.reference()).query(Instant.class).single();
    Instant taskCreated = jdbc.sql("select created_at from user_tasks where job_key = ?").param(task.jobKey()).query(Instant.class).single();
    Instant due = dueAt(task);
    assertThat(due)
        .isBetween(
            calendar.addBusinessTime(submitted, Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS),
            calendar.addBusinessTime(taskCreated, Duration.ofMinutes(minutes)));
  }

  private Instant dueAt(QueuedTask task) {
    return jdbc.sql("select due_at from user_tasks where job_key = ?").param(task.jobKey()).query(Instant.class).single();
  }

  private int currentVersion() {
    return jdbc.sql("select max(version) from sla_policy_versions where request_type = 'MANUAL_REQUEST' and step = 'REVIEW'")
        .query(Integer.class)
        .single();
  }

  private int versionCount() {
    return jdbc.sql("select count(*) from sla_policy_versions").query(Integer.class).single();
  }

  private long auditRows(String user, String subject) {
    return jdbc.sql("select count(*) from console_audit where area = 'sla-policy' and username = ? and subject = ?")
        .params(user, subject)
        .query(Long.class)
        .single();
  }
}
