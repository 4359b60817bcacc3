package io.omnichannel.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.audit.AuditEntry;
import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process owners' changes of SLA policies and calendars on real PostgreSQL: versions keep the policy
 * of a request's submission, wrong fields write nothing, every change is audited, and closures stop
 * the business clock.
 */
class SlaSettingsTest extends ServiceCoreTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired SlaPolicies policies;
  @Autowired SlaPolicySettings policySettings;
  @Autowired CalendarSettings calendarSettings;
  @Autowired BusinessCalendars calendars;
  @Autowired SlaService sla;
  @Autowired RequestSubmissions submissions;
  @Autowired ConsoleAudit audit;

  private final String calendarId = "cal-" + unique();
  private final String type = "TYPE_" + unique().toUpperCase();

  private void weekdayCalendar() {
    Map<DayOfWeek, List<OpeningHours>> week = new HashMap<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      week.put(day, List.of(OpeningHours.of("09:00", "18:00")));
    }
    calendars.save(calendarId, "Test weekdays", new BusinessCalendar(calendarId, BERLIN, week, Set.of()));
  }

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  private static Map<String, String> policyForm(String minutes, String calendar, String reminder, String owners) {
    Map<String, String> form = new HashMap<>();
    form.put("businessMinutes", minutes);
    form.put("calendarId", calendar);
    form.put("reminderAtPercent", reminder);
    form.put("processOwnersAtPercent", owners);
    return form;
  }

  @Test
  void aRequestSubmittedBeforeTheChangeKeepsTheOldMinutes_oneSubmittedAfterGetsTheNew() {
    weekdayCalendar();
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, calendarId, 8 * 60, 75));
    SubmittedRequest before = submit("manual", manualRequest("before+" + unique() + "@example.com", "KM-5500"));

    assertThat(policySettings.change("paul", type, SlaPolicy.REVIEW, policyForm("120", calendarId, "50", "300"))).isEmpty();
    SubmittedRequest after = submit("manual", manualRequest("after+" + unique() + "@example.com", "KM-5500"));

    // both planned later, on Monday 09:00: the request keeps the policy of its submission
    Instant monday = berlin("2026-03-09T09:00");
    PlannedStep old = sla.planStep(type, SlaPolicy.REVIEW, submissions.submittedAt(before.id()).orElseThrow(), monday, null);
    PlannedStep changed = sla.planStep(type, SlaPolicy.REVIEW, submissions.submittedAt(after.id()).orElseThrow(), monday, null);
    assertThat(old.version().version()).isEqualTo(1);
    assertThat(old.plan().dueAt()).isEqualTo(berlin("2026-03-09T17:00"));
    assertThat(changed.version().version()).isEqualTo(2);
    assertThat(changed.version().changedBy()).isEqualTo("paul");
    assertThat(changed.plan().dueAt()).isEqualTo(berlin("2026-03-09T11:00"));
    assertThat(changed.plan().reminderAt()).isEqualTo(berlin("2026-03-09T10:00"));
    assertThat(changed.processOwnersAt()).isEqualTo(berlin("2026-03-09T15:00"));
    // the current values are the new ones, for the promise given at intake
    assertThat(policies.get(type, SlaPolicy.REVIEW).businessMinutes()).isEqualTo(120);

    List<AuditEntry> entries = audit.latest(SlaPolicySettings.AUDIT_AREA, type + "/REVIEW", 5);
    assertThat(entries).hasSize(1);
    assertThat(entries.getFirst().username()).isEqualTo("paul");
    assertThat(entries.getFirst().detail())
        .containsEntry("businessMinutes", "480 → 120")
        .containsEntry("reminderAtPercent", "75 → 50")
        .containsEntry("processOwnersAtPercent", "200 → 300")
        .containsEntry("version", 2)
        .doesNotContainKey("calendarId");
  }

  @Test
  void aSubmissionOlderThanEveryVersionGetsTheFirst() {
    weekdayCalendar();
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, calendarId, 60, 75));
    policies.change(new SlaPolicy(type, SlaPolicy.REVIEW, calendarId, 90, 75), "paul");

    assertThat(policies.inEffect(type, SlaPolicy.REVIEW, Instant.parse("2000-01-01T00:00:00Z")).policy().businessMinutes()).isEqualTo(60);
    assertThat(policies.inEffect(type, SlaPolicy.REVIEW, Instant.now().plusSeconds(60)).policy().businessMinutes()).isEqualTo(90);
  }

  @Test
  void savingTheSameValuesWritesNoVersionAndNoAudit() {
    weekdayCalendar();
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, calendarId, 60, 75));

    assertThat(policySettings.change("paul", type, SlaPolicy.REVIEW, policyForm("60", calendarId, "75", "200"))).isEmpty();

    assertThat(policies.versions(type, SlaPolicy.REVIEW)).hasSize(1);
    assertThat(audit.latest(SlaPolicySettings.AUDIT_AREA, type + "/REVIEW", 5)).isEmpty();
  }

  @Test
  void everyWrongFieldGetsItsMessageAndNothingIsWritten() {
    weekdayCalendar();
    policies.save(new SlaPolicy(type, SlaPolicy.REVIEW, calendarId, 60, 75));

    Map<String, String> errors =
        policySettings.change("paul", type, SlaPolicy.REVIEW, policyForm("0", "no-such-calendar", "100", "100"));
    Map<String, String> notNumbers = policySettings.change("paul", type, SlaPolicy.REVIEW, policyForm("eight hours", calendarId, "", "x"));

    assertThat(errors).containsOnlyKeys("businessMinutes", "calendarId", "reminderAtPercent", "processOwnersAtPercent");
    assertThat(errors.get("reminderAtPercent")).contains("1 to 99");
    assertThat(errors.get("processOwnersAtPercent")).contains("101 to 1000");
    assertThat(errors.get("calendarId")).contains("Choose one of the business calendars");
    assertThat(notNumbers).containsOnlyKeys("businessMinutes", "reminderAtPercent", "processOwnersAtPercent");
    assertThat(policies.versions(type, SlaPolicy.REVIEW)).hasSize(1);
    assertThat(policies.get(type, SlaPolicy.REVIEW).businessMinutes()).isEqualTo(60);
    assertThat(audit.latest(SlaPolicySettings.AUDIT_AREA, type + "/REVIEW", 5)).isEmpty();
  }

  @Test
  void aClosureAddedInTheConsoleStopsTheClockOnItsDays() {
    weekdayCalendar();

    assertThat(calendarSettings.addClosure("paul", calendarId, "2026-03-10", "2026-03-11", "Stocktaking")).isEmpty();

    // Monday 17:00 + 2 business hours: one hour on Monday, Tuesday and Wednesday closed, one hour on Thursday
    BusinessCalendar calendar = calendars.get(calendarId);
    assertThat(calendar.closures()).containsExactly(new CalendarClosure(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"), "Stocktaking"));
    assertThat(calendar.addBusinessTime(berlin("2026-03-09T17:00"), java.time.Duration.ofHours(2))).isEqualTo(berlin("2026-03-12T10:00"));
    AuditEntry entry = audit.latest(CalendarSettings.AUDIT_AREA, calendarId, 1).getFirst();
    assertThat(entry.action()).isEqualTo("closure added");
    assertThat(entry.detail()).containsEntry("reason", "Stocktaking").containsEntry("firstDay", "2026-03-10");

    assertThat(calendarSettings.removeClosure("paul", calendarId, LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"))).isTrue();
    assertThat(calendars.get(calendarId).addBusinessTime(berlin("2026-03-09T17:00"), java.time.Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-10T10:00"));
    assertThat(audit.latest(CalendarSettings.AUDIT_AREA, calendarId, 1).getFirst().action()).isEqualTo("closure removed");
  }

  @Test
  void wrongClosuresHolidaysAndHoursAreRefusedPerFieldAndWriteNothing() {
    weekdayCalendar();

    assertThat(calendarSettings.addClosure("paul", calendarId, "2026-03-11", "2026-03-10", "Stocktaking"))
        .containsOnlyKeys("closureLastDay");
    assertThat(calendarSettings.addClosure("paul", calendarId, "11.03.2026", "", " "))
        .containsOnlyKeys("closureFirstDay", "closureReason");
    assertThat(calendarSettings.addClosure("paul", calendarId, "2026-01-01", "2026-12-31", "Renovation"))
        .containsEntry("closureLastDay", "A closure lasts at most 92 days; for longer, change the opening hours.");
    assertThat(calendarSettings.addHoliday("paul", calendarId, "2026-02-30", "")).containsOnlyKeys("holidayDate", "holidayName");
    Map<String, String> week = new HashMap<>();
    week.put("name", "Test weekdays");
    week.put("zone", "Europe/Berlinn");
    week.put("mon-opens", "18:00");
    week.put("mon-closes", "09:00");
    week.put("tue-opens", "9 o'clock");
    week.put("tue-closes", "18:00");
    week.put("wed-opens", "09:00");
    week.put("wed-closes", "13:00");
    week.put("wed-opens2", "12:00");
    week.put("wed-closes2", "18:00");
    week.put("thu-opens", "09:00");
    Map<String, String> errors = calendarSettings.saveWeek("paul", calendarId, week);

    assertThat(errors).containsOnlyKeys("zone", "mon-closes", "tue-opens", "wed-opens2", "thu-closes");
    assertThat(errors.get("zone")).contains("Europe/Berlin");
    BusinessCalendar unchanged = calendars.get(calendarId);
    assertThat(unchanged.closures()).isEmpty();
    assertThat(unchanged.holidays()).isEmpty();
    assertThat(unchanged.zone()).isEqualTo(BERLIN);
    assertThat(unchanged.weeklyHours()).hasSize(5);
    assertThat(audit.latest(CalendarSettings.AUDIT_AREA, calendarId, 5)).isEmpty();
  }

  @Test
  void openingHoursWithABreakAndAnotherZoneAreSavedAndAudited() {
    weekdayCalendar();
    Map<String, String> week = new HashMap<>();
    week.put("name", "Lisbon counter");
    week.put("zone", "Europe/Lisbon");
    week.put("mon-opens", "09:00");
    week.put("mon-closes", "12:30");
    week.put("mon-opens2", "13:30");
    week.put("mon-closes2", "18:00");

    assertThat(calendarSettings.saveWeek("paul", calendarId, week)).isEmpty();

    BusinessCalendar saved = calendars.get(calendarId);
    assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(saved.weeklyHours()).containsOnlyKeys(DayOfWeek.MONDAY);
    assertThat(saved.weeklyHours().get(DayOfWeek.MONDAY))
        .containsExactly(OpeningHours.of("09:00", "12:30"), OpeningHours.of("13:30", "18:00"));
    // Monday 12:00 Lisbon + 1 business hour: half an hour before the break, half an hour after it
    Instant mondayNoon = LocalDateTime.parse("2026-03-09T12:00").atZone(ZoneId.of("Europe/Lisbon")).toInstant();
    assertThat(saved.addBusinessTime(mondayNoon, java.time.Duration.ofHours(1)))
        .isEqualTo(LocalDateTime.parse("2026-03-09T14:00").atZone(ZoneId.of("Europe/Lisbon")).toInstant());
    AuditEntry entry = audit.latest(CalendarSettings.AUDIT_AREA, calendarId, 1).getFirst();
    assertThat(entry.action()).isEqualTo("opening hours changed");
    assertThat(entry.detail())
        .containsEntry("zone", "Europe/Berlin → Europe/Lisbon")
        .containsEntry("Monday", "09:00–18:00 → 09:00–12:30, 13:30–18:00")
        .containsEntry("Tuesday", "09:00–18:00 → closed");
    assertThat(calendars.find(calendarId).orElseThrow().name()).isEqualTo("Lisbon counter");
  }

  @Test
  void aHolidayAddedAndRemovedIsAudited() {
    weekdayCalendar();

    assertThat(calendarSettings.addHoliday("paul", calendarId, "2026-03-10", "Stadtfest")).isEmpty();
    assertThat(calendars.holidays(calendarId)).containsEntry(LocalDate.parse("2026-03-10"), "Stadtfest");
    assertThat(calendarSettings.removeHoliday("paul", calendarId, LocalDate.parse("2026-03-10"))).isTrue();
    assertThat(calendarSettings.removeHoliday("paul", calendarId, LocalDate.parse("2026-03-10"))).isFalse();

    assertThat(audit.latest(CalendarSettings.AUDIT_AREA, calendarId, 5))
        .extracting(AuditEntry::action)
        .containsExactly("holiday removed", "holiday added");
  }

  @Test
  void aPolicyForANewStepIsCreatedAsVersionOne_aSecondForTheSameStepIsRefused() {
    weekdayCalendar();
    Map<String, String> form = policyForm("90", calendarId, "75", "200");
    form.put("requestType", type);
    form.put("step", "CALL_BACK");

    assertThat(policySettings.create("paul", Set.of(type), form)).isEmpty();
    Map<String, String> again = policySettings.create("paul", Set.of(type), form);

    assertThat(policies.versions(type, "CALL_BACK")).singleElement().satisfies(v -> {
      assertThat(v.version()).isEqualTo(1);
      assertThat(v.changedBy()).isEqualTo("paul");
      assertThat(v.policy().businessMinutes()).isEqualTo(90);
    });
    assertThat(again).containsOnlyKeys("step");
    assertThat(audit.latest(SlaPolicySettings.AUDIT_AREA, type + "/CALL_BACK", 5))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("created"));
  }

  @Test
  void aPolicyForAnUnknownTypeOrAMalformedStepIsRefusedPerField() {
    weekdayCalendar();
    Map<String, String> form = policyForm("90", calendarId, "75", "200");
    form.put("requestType", "NO_SUCH_TYPE");
    form.put("step", "call back");

    Map<String, String> errors = policySettings.create("paul", Set.of(type), form);

    assertThat(errors).containsOnlyKeys("requestType", "step");
    assertThat(policies.find("NO_SUCH_TYPE", "call back")).isEmpty();
  }

  @Test
  void aNewCalendarOpensOnWeekdaysUntilItsHoursAreSet_aTakenIdOrBadZoneIsRefused() {
    String id = "new-" + unique();

    assertThat(calendarSettings.create("paul", Map.of("id", id, "name", "Store Vienna", "zone", "Europe/Vienna"))).isEmpty();
    Map<String, String> again = calendarSettings.create("paul", Map.of("id", id, "name", "Store Vienna", "zone", "Vienna"));

    BusinessCalendar created = calendars.get(id);
    assertThat(created.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    assertThat(created.weeklyHours()).hasSize(5).doesNotContainKeys(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(again).containsOnlyKeys("id", "zone");
    assertThat(calendarSettings.create("paul", Map.of("id", "Not An Id", "name", "", "zone", "Europe/Vienna")))
        .containsOnlyKeys("id", "name");
    assertThat(audit.latest(CalendarSettings.AUDIT_AREA, id, 5)).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("created"));
  }
}
