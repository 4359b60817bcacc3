package io.omnichannel.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final OpeningHours WEEKDAY = OpeningHours.of("09:00", "18:00");

  /** The demo store: Mon–Fri 09–18, Sat 10–14, German public holidays. */
  private static final BusinessCalendar STORE =
      new BusinessCalendar(
          "store-hours-de",
          BERLIN,
          Map.of(
              DayOfWeek.MONDAY, List.of(WEEKDAY),
              DayOfWeek.TUESDAY, List.of(WEEKDAY),
              DayOfWeek.WEDNESDAY, List.of(WEEKDAY),
              DayOfWeek.THURSDAY, List.of(WEEKDAY),
              DayOfWeek.FRIDAY, List.of(WEEKDAY),
              DayOfWeek.SATURDAY, List.of(OpeningHours.of("10:00", "14:00"))),
          GermanPublicHolidays.nationwide(2026).keySet());

  /** Open only on Sunday night, across the hour the clocks change. */
  private static final BusinessCalendar SUNDAY_NIGHTS =
      new BusinessCalendar("night", BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(OpeningHours.of("01:00", "05:00"))), Set.of());

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void requestReceivedWednesdayEveningAfterClosingStartsTheClockThursdayMorning() {
    Instant wednesday1930 = berlin("2026-03-04T19:30");

    assertThat(STORE.addBusinessTime(wednesday1930, Duration.ZERO)).isEqualTo(berlin("2026-03-05T09:00"));
    assertThat(STORE.addBusinessTime(wednesday1930, Duration.ofMinutes(1))).isEqualTo(berlin("2026-03-05T09:01"));
    // 9 hours on Thursday, the remaining 7 on Friday
    assertThat(STORE.addBusinessTime(wednesday1930, Duration.ofHours(16))).isEqualTo(berlin("2026-03-06T16:00"));
  }

  @Test
  void fridayEveningRunsIntoSaturdayHoursAndThenMonday() {
    Instant friday1900 = berlin("2026-03-06T19:00");

    assertThat(STORE.addBusinessTime(friday1900, Duration.ofHours(2))).isEqualTo(berlin("2026-03-07T12:00"));
    assertThat(STORE.addBusinessTime(friday1900, Duration.ofHours(4))).isEqualTo(berlin("2026-03-07T14:00"));
    // Sunday is closed
    assertThat(STORE.addBusinessTime(friday1900, Duration.ofHours(5))).isEqualTo(berlin("2026-03-09T10:00"));
  }

  @Test
  void holidaysDoNotCount() {
    // Thursday before Easter: Good Friday and Easter Monday are holidays
    Instant thursday1700 = berlin("2026-04-02T17:00");

    // 1 h Thursday, 4 h Saturday, 1 h on Tuesday
    assertThat(STORE.addBusinessTime(thursday1700, Duration.ofHours(6))).isEqualTo(berlin("2026-04-07T10:00"));
    assertThat(STORE.openingHoursOn(LocalDate.of(2026, 4, 3))).isEmpty();
  }

  @Test
  void openingHoursFollowTheWallClockAcrossTheChangeToSummerTime() {
    // Friday 17:00 CET; clocks go forward on Sunday 29 March 2026
    Instant friday = berlin("2026-03-27T17:00");

    Instant due = STORE.addBusinessTime(friday, Duration.ofHours(6));

    assertThat(due).isEqualTo(berlin("2026-03-30T10:00")).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void businessTimeIsElapsedTimeWhenTheClockChangesDuringOpeningHours() {
    // 01:00–05:00 on 29 March 2026 holds only three real hours: 02:00–03:00 does not exist
    Instant opening = berlin("2026-03-29T01:00");

    assertThat(SUNDAY_NIGHTS.addBusinessTime(opening, Duration.ofHours(2))).isEqualTo(berlin("2026-03-29T04:00"));
    assertThat(SUNDAY_NIGHTS.addBusinessTime(opening, Duration.ofHours(3))).isEqualTo(berlin("2026-03-29T05:00"));
    assertThat(SUNDAY_NIGHTS.addBusinessTime(opening, Duration.ofHours(4))).isEqualTo(berlin("2026-04-05T02:00"));

    // 01:00–05:00 on 25 October 2026 holds five real hours: 02:00–03:00 happens twice
    Instant autumn = berlin("2026-10-25T01:00");
    assertThat(SUNDAY_NIGHTS.addBusinessTime(autumn, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
    assertThat(SUNDAY_NIGHTS.addBusinessTime(autumn, Duration.ofHours(5))).isEqualTo(berlin("2026-10-25T05:00"));
  }

  @Test
  void exactBoundaries() {
    Instant thursdayOpening = berlin("2026-03-05T09:00");
    Instant thursdayClosing = berlin("2026-03-05T18:00");

    assertThat(STORE.addBusinessTime(thursdayOpening, Duration.ZERO)).isEqualTo(thursdayOpening);
    assertThat(STORE.addBusinessTime(thursdayOpening, Duration.ofHours(9))).isEqualTo(thursdayClosing);
    assertThat(STORE.addBusinessTime(thursdayOpening, Duration.ofHours(9).plusSeconds(1)))
        .isEqualTo(berlin("2026-03-06T09:00:01"));
    assertThat(STORE.addBusinessTime(thursdayClosing, Duration.ofMinutes(1))).isEqualTo(berlin("2026-03-06T09:01"));
    assertThat(STORE.addBusinessTime(berlin("2026-03-05T17:59"), Duration.ofMinutes(1))).isEqualTo(thursdayClosing);
  }

  @Test
  void severalIntervalsADaySkipTheLunchBreak() {
    BusinessCalendar withLunch =
        new BusinessCalendar(
            "lunch",
            BERLIN,
            Map.of(DayOfWeek.MONDAY, List.of(OpeningHours.of("13:00", "17:00"), OpeningHours.of("08:00", "12:00"))),
            Set.of());

    assertThat(withLunch.addBusinessTime(berlin("2026-03-09T11:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-09T14:00"));
  }

  @Test
  void refusesCalendarsThatNeverOpenAndNegativeTime() {
    assertThatThrownBy(() -> new BusinessCalendar("closed", BERLIN, Map.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no opening hours");
    assertThatThrownBy(() -> OpeningHours.of("18:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STORE.addBusinessTime(Instant.now(), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void germanHolidaysFollowEaster() {
    assertThat(GermanPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(GermanPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(GermanPublicHolidays.nationwide(2027))
        .containsEntry(LocalDate.of(2027, 3, 26), "Karfreitag")
        .containsEntry(LocalDate.of(2027, 5, 6), "Christi Himmelfahrt")
        .containsEntry(LocalDate.of(2027, 5, 17), "Pfingstmontag")
        .hasSize(9);
  }

  @Test
  void planShowsDeadlinesWithTheCalendarsOffset() {
    SlaPlan plan = new SlaPlan(berlin("2026-03-06T16:00"), berlin("2026-03-30T10:15:30.5"), BERLIN);

    assertThat(plan.dueAtIso()).isEqualTo("2026-03-06T16:00:00+01:00");
    assertThat(plan.reminderAtIso()).isEqualTo("2026-03-30T10:15:30+02:00");
  }

  @Test
  void reminderComesAtItsShareOfTheBusinessTime() {
    SlaPolicy review = new SlaPolicy("MANUAL_REQUEST", SlaPolicy.REVIEW, "store-hours-de", 8 * 60, 75);

    assertThat(review.businessTimeUntilReminder()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void aClosureOverFridayAndSaturdayBeforeTheClocksChangeMovesTheDueTimeToMondayInSummerTime() {
    BusinessCalendar closedForStocktaking =
        new BusinessCalendar(
            STORE.id(), BERLIN, STORE.weeklyHours(), STORE.holidays(),
            List.of(new CalendarClosure(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 28), "Stocktaking")));

    // Thursday 17:00 CET + 3 business hours: one on Thursday; Friday and Saturday closed, Sunday shut
    // (the clocks go forward that night); two on Monday in CEST
    Instant due = closedForStocktaking.addBusinessTime(berlin("2026-03-26T17:00"), Duration.ofHours(3));

    assertThat(due).isEqualTo(berlin("2026-03-30T11:00")).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    assertThat(STORE.addBusinessTime(berlin("2026-03-26T17:00"), Duration.ofHours(3))).isEqualTo(berlin("2026-03-27T11:00"));
    assertThat(closedForStocktaking.openingHoursOn(LocalDate.of(2026, 3, 28))).isEmpty();
    assertThat(closedForStocktaking.openingHoursOn(LocalDate.of(2026, 3, 30))).containsExactly(WEEKDAY);
  }

  @Test
  void aOneDayClosureOnTheNightTheClocksChangeSkipsToTheNextOpening() {
    BusinessCalendar closed =
        new BusinessCalendar(
            "night", BERLIN, SUNDAY_NIGHTS.weeklyHours(), Set.of(),
            List.of(new CalendarClosure(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), "Maintenance")));

    // without the closure the hour runs 01:00–03:00 CET/CEST wall clock on 29 March; with it, a week later
    assertThat(SUNDAY_NIGHTS.addBusinessTime(berlin("2026-03-28T12:00"), Duration.ofHours(1))).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    assertThat(closed.addBusinessTime(berlin("2026-03-28T12:00"), Duration.ofHours(1)))
        .isEqualTo(berlin("2026-04-05T02:00"))
        .isEqualTo(Instant.parse("2026-04-05T00:00:00Z"));
  }

  @Test
  void aClosureEndsOnOrAfterItsFirstDay() {
    assertThatThrownBy(() -> new CalendarClosure(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void processOwnersAreToldAtTheirShareOfTheBusinessTime() {
    SlaPolicy complaint = new SlaPolicy("COMPLAINT", SlaPolicy.REVIEW, "store-hours-de", 4 * 60, 50, 150);

    assertThat(complaint.businessTimeUntilProcessOwners()).isEqualTo(Duration.ofHours(6));
    assertThat(new SlaPolicy("COMPLAINT", SlaPolicy.REVIEW, "store-hours-de", 4 * 60, 50).businessTimeUntilProcessOwners())
        .isEqualTo(Duration.ofHours(8));
    assertThat(complaint.businessTimeInWords()).isEqualTo("4 h");
    assertThat(new SlaPolicy("X", "Y", "c", 90, 50).businessTimeInWords()).isEqualTo("1 h 30 min");
  }
}
