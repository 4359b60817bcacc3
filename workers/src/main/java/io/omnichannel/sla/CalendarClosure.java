package io.omnichannel.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off closure of a calendar (stocktaking, a renovation week): no business time passes on any
 * day from {@code firstDay} to {@code lastDay}, both included.
 */
public record CalendarClosure(LocalDate firstDay, LocalDate lastDay, String reason) {

  public CalendarClosure {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("a closure ends on or after its first day: " + firstDay + "–" + lastDay);
    }
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }
}
