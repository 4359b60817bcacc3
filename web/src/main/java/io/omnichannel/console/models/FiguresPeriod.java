package io.omnichannel.console.models;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days the figures of a model page cover, from and to inclusive (UTC); the last seven days
 * unless asked otherwise. A period that cannot be read falls back to the default and says why.
 */
public record FiguresPeriod(LocalDate from, LocalDate to, String problem) {

  static final int DEFAULT_DAYS = 7;
  static final int MAX_DAYS = 366;

  static FiguresPeriod of(String from, String to, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    FiguresPeriod fallback = new FiguresPeriod(today.minusDays(DEFAULT_DAYS - 1), today, null);
    if (blank(from) && blank(to)) {
      return fallback;
    }
    try {
      LocalDate start = blank(from) ? fallback.from() : LocalDate.parse(from.strip());
      LocalDate end = blank(to) ? today : LocalDate.parse(to.strip());
      if (end.isBefore(start)) {
        return new FiguresPeriod(fallback.from(), fallback.to(), "The period ends before it starts; showing the last seven days.");
      }
      if (start.plusDays(MAX_DAYS).isBefore(end)) {
        return new FiguresPeriod(fallback.from(), fallback.to(), "A period is at most a year; showing the last seven days.");
      }
      return new FiguresPeriod(start, end, null);
    } catch (DateTimeParseException e) {
      return new FiguresPeriod(fallback.from(), fallback.to(), "Dates are written 2026-12-31; showing the last seven days.");
    }
  }

  Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  Instant end() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
