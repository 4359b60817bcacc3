package io.omnichannel.journeys.clickandcollect;

import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** When an order can be picked up, on the pickup store's business calendar. */
record PickupDates(BusinessCalendar calendar) {

  static final int WORKING_DAYS_TO_READY = 2;
  /** No store is closed this long; beyond it the calendar is wrong. */
  private static final int MAX_DAYS_AHEAD = 366;

  /** The store's opening on its second working day after the day the order was placed. */
  Instant promised(Instant placedAt) {
    LocalDate day = placedAt.atZone(calendar.zone()).toLocalDate();
    int working = 0;
    for (int i = 0; i < MAX_DAYS_AHEAD; i++) {
      day = day.plusDays(1);
      List<OpeningHours> hours = calendar.openingHoursOn(day);
      if (!hours.isEmpty() && ++working == WORKING_DAYS_TO_READY) {
        return ZonedDateTime.of(day, hours.getFirst().opens(), calendar.zone()).toInstant();
      }
    }
    throw new IllegalStateException("calendar " + calendar.id() + " has no two working days within a year after " + placedAt);
  }

  /** The first moment at or after {@code readyAt} the store is open (no business time has to pass). */
  Instant pickupFrom(Instant readyAt) {
    return calendar.addBusinessTime(readyAt, Duration.ZERO);
  }

  /** Another calendar day in the store's zone than promised, earlier or later. */
  boolean changed(Instant promised, Instant pickupFrom) {
    return !promised.atZone(calendar.zone()).toLocalDate().equals(pickupFrom.atZone(calendar.zone()).toLocalDate());
  }

  /** ISO-8601 with the store's offset and always with seconds, as the model's timers and due dates read it. */
  String iso(Instant instant) {
    return OffsetDateTime.ofInstant(instant, calendar.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static Instant parse(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }
}
