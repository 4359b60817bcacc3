package io.omnichannel.journeys.clickandcollect;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.OpeningHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The promised date and the compare step's logic on a store calendar (Monday to Friday 10–18, Berlin; Good Friday 2026 closed). */
class PickupDatesTest {

  private static final PickupDates DATES = new PickupDates(storeCalendar());

  static BusinessCalendar storeCalendar() {
    Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      week.put(day, List.of(new OpeningHours(LocalTime.of(10, 0), LocalTime.of(18, 0))));
    }
    return new BusinessCalendar("store-test", ZoneId.of("Europe/Berlin"), week, Set.of(LocalDate.of(2026, 4, 3)));
  }

  @Test
  void promised_isTheOpeningOfTheSecondWorkingDayAfterTheOrder() {
    // Wednesday afternoon → Friday at opening
    assertThat(DATES.promised(Instant.parse("2026-04-15T14:00:00Z"))).isEqualTo(Instant.parse("2026-04-17T08:00:00Z"));
    // Friday → over the weekend to Tuesday
    assertThat(DATES.promised(Instant.parse("2026-04-17T09:00:00Z"))).isEqualTo(Instant.parse("2026-04-21T08:00:00Z"));
    // Wednesday before Easter: Thursday, then Good Friday and the weekend closed → Monday
    assertThat(DATES.promised(Instant.parse("2026-04-01T09:00:00Z"))).isEqualTo(Instant.parse("2026-04-06T08:00:00Z"));
    assertThat(DATES.iso(Instant.parse("2026-04-17T08:00:00Z"))).isEqualTo("2026-04-17T10:00:00+02:00");
  }

  @Test
  void readyADayEarly_isAnotherDay_fromTheMomentItIsReady() {
    Instant promised = PickupDates.parse("2026-04-17T10:00:00+02:00");
    Instant ready = PickupDates.parse("2026-04-16T15:30:00+02:00");

    Instant from = DATES.pickupFrom(ready);

    assertThat(from).isEqualTo(ready);
    assertThat(DATES.changed(promised, from)).isTrue();
  }

  @Test
  void readyBeforeOpeningOnThePromisedDay_isTheSameDay() {
    Instant promised = PickupDates.parse("2026-04-17T10:00:00+02:00");

    Instant from = DATES.pickupFrom(PickupDates.parse("2026-04-17T08:15:00+02:00"));

    assertThat(from).isEqualTo(promised);
    assertThat(DATES.changed(promised, from)).isFalse();
  }

  @Test
  void readyAfterClosingOnThePromisedDay_isTheNextOpening_later() {
    Instant promised = PickupDates.parse("2026-04-17T10:00:00+02:00");

    Instant from = DATES.pickupFrom(PickupDates.parse("2026-04-17T19:00:00+02:00"));

    assertThat(DATES.iso(from)).isEqualTo("2026-04-20T10:00:00+02:00");
    assertThat(DATES.changed(promised, from)).isTrue();
  }
}
