package io.omnichannel.experience;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The days a dashboard covers, both included, on the dashboard calendar's local dates.
 *
 * @param from the first day
 * @param to the last day
 */
public record ExperiencePeriod(LocalDate from, LocalDate to) {

  /** Longer periods are not refused for speed (a year reads in well under a second) but to keep the charts readable. */
  static final int MAX_DAYS = 3 * 366;

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** The presets of the period picker. */
  public enum Preset {
    LAST_7_DAYS("Last 7 days"),
    LAST_30_DAYS("Last 30 days"),
    LAST_90_DAYS("Last 90 days"),
    THIS_YEAR("This year");

    private final String label;

    Preset(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public ExperiencePeriod on(LocalDate today) {
      return switch (this) {
        case LAST_7_DAYS -> new ExperiencePeriod(today.minusDays(6), today);
        case LAST_30_DAYS -> new ExperiencePeriod(today.minusDays(29), today);
        case LAST_90_DAYS -> new ExperiencePeriod(today.minusDays(89), today);
        case THIS_YEAR -> new ExperiencePeriod(today.withDayOfYear(1), today);
      };
    }
  }

  public ExperiencePeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends on or after its first day: " + from + " to " + to);
    }
  }

  /**
   * The period a user typed; both blank means the last 30 days.
   *
   * @throws InvalidPeriodException fields {@code from}, {@code to}: not a date (yyyy-mm-dd), the end before the start,
   *     after today, before 2000, longer than three years
   */
  public static ExperiencePeriod parse(String from, String to, LocalDate today) {
    boolean noFrom = from == null || from.isBlank();
    boolean noTo = to == null || to.isBlank();
    if (noFrom && noTo) {
      return Preset.LAST_30_DAYS.on(today);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate first = date("from", from, errors);
    LocalDate last = date("to", to, errors);
    if (first != null && first.isBefore(EARLIEST)) {
      errors.put("from", "Please choose a day in 2000 or later.");
    }
    if (last != null && last.isAfter(today)) {
      errors.put("to", "Please choose today (" + today + ") or an earlier day: the future has no figures yet.");
    }
    if (first != null && last != null && errors.isEmpty()) {
      if (last.isBefore(first)) {
        errors.put("to", "The last day must be on or after the first day (" + first + ").");
      } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
        errors.put("to", "Please choose at most three years (" + MAX_DAYS + " days).");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidPeriodException(errors);
    }
    return new ExperiencePeriod(first, last);
  }

  private static LocalDate date(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "Please give a date (yyyy-mm-dd).");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "\"" + (value.strip().length() > 20 ? value.strip().substring(0, 20) + "…" : value.strip())
          + "\" is not a date: please write it as yyyy-mm-dd.");
      return null;
    }
  }

  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The instant after the last day (exclusive). */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
