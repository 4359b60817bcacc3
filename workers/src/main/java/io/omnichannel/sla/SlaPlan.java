package io.omnichannel.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The deadlines of one step: a reminder goes out at {@code reminderAt}, the step is late after
 * {@code dueAt}. {@code zone} is the calendar's, for showing the deadlines as people there read them.
 */
public record SlaPlan(Instant dueAt, Instant reminderAt, ZoneId zone) {

  /** E.g. {@code 2026-03-06T18:00:00+01:00}: what Zeebe's timer {@code timeDate} and due dates accept. */
  public String dueAtIso() {
    return iso(dueAt);
  }

  public String reminderAtIso() {
    return iso(reminderAt);
  }

  /** Any instant in the same form and zone as the plan's deadlines. */
  public String iso(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
