package io.omnichannel.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a team or store works: weekly opening hours in a time zone, minus holidays and one-off
 * closures. Business time only runs while open, so "16 business hours" from Wednesday evening ends
 * on Friday evening.
 */
public record BusinessCalendar(
    String id,
    ZoneId zone,
    Map<DayOfWeek, List<OpeningHours>> weeklyHours,
    Set<LocalDate> holidays,
    List<CalendarClosure> closures) {

  /** No calendar has more than this many days without opening in a row; beyond it, the data is wrong. */
  private static final int MAX_CLOSED_DAYS = 366;

  public BusinessCalendar {
    EnumMap<DayOfWeek, List<OpeningHours>> sorted = new EnumMap<>(DayOfWeek.class);
    weeklyHours.forEach(
        (day, hours) -> {
          if (!hours.isEmpty()) {
            sorted.put(day, hours.stream().sorted(Comparator.comparing(OpeningHours::opens)).toList());
          }
        });
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("calendar " + id + " has no opening hours: business time would never pass");
    }
    weeklyHours = Map.copyOf(sorted);
    holidays = Set.copyOf(holidays);
    closures = List.copyOf(closures);
  }

  /** A calendar without one-off closures. */
  public BusinessCalendar(String id, ZoneId zone, Map<DayOfWeek, List<OpeningHours>> weeklyHours, Set<LocalDate> holidays) {
    this(id, zone, weeklyHours, holidays, List.of());
  }

  /**
   * The instant at which {@code businessTime} of working time has passed after {@code from}. Time
   * outside opening hours does not count; a start outside opening hours waits for the next opening.
   * Opening hours are wall-clock times, so a DST change shifts them with the clock.
   */
  public Instant addBusinessTime(Instant from, Duration businessTime) {
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("business time must not be negative: " + businessTime);
    }
    Duration remaining = businessTime;
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int closedDays = 0; closedDays <= MAX_CLOSED_DAYS; day = day.plusDays(1)) {
      List<OpeningHours> hours = openingHoursOn(day);
      closedDays = hours.isEmpty() ? closedDays + 1 : 0;
      for (OpeningHours interval : hours) {
        Instant opens = ZonedDateTime.of(day, interval.opens(), zone).toInstant();
        Instant closes = ZonedDateTime.of(day, interval.closes(), zone).toInstant();
        Instant start = opens.isBefore(from) ? from : opens;
        if (!start.isBefore(closes)) {
          continue;
        }
        Duration available = Duration.between(start, closes);
        if (remaining.compareTo(available) <= 0) {
          return start.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new IllegalStateException("calendar " + id + " is closed for more than a year after " + day);
  }

  /** The opening intervals of a date: none on holidays and closure days. */
  public List<OpeningHours> openingHoursOn(LocalDate date) {
    if (holidays.contains(date) || closures.stream().anyMatch(c -> c.covers(date))) {
      return List.of();
    }
    return weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
  }
}
