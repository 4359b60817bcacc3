package io.omnichannel.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An absence as staff enter it: from a day (today when it starts now) to a last day (null: until
 * they say they are back).
 */
public record AbsencePeriod(LocalDate from, LocalDate until) {

  /** How the absence form asks. */
  public enum Kind {
    /** From now until further notice. */
    NOW,
    /** From now until a last day. */
    NOW_UNTIL,
    /** A planned period, from a day to a last day. */
    PERIOD
  }

  /**
   * Validates the form.
   *
   * @return the period, or the field errors keyed {@code kind}, {@code from}, {@code until}
   */
  public static Result of(Kind kind, LocalDate from, LocalDate until, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (kind == null) {
      errors.put("kind", "Choose how long you are away.");
      return new Result(null, errors);
    }
    LocalDate start = kind == Kind.PERIOD ? from : today;
    LocalDate end = kind == Kind.NOW ? null : until;
    if (kind == Kind.PERIOD) {
      if (from == null) {
        errors.put("from", "Give the first day you are away.");
      } else if (from.isBefore(today)) {
        errors.put("from", "The first day cannot be in the past.");
      }
    }
    if (kind != Kind.NOW) {
      if (until == null) {
        errors.put("until", "Give the last day you are away.");
      } else if (start != null && until.isBefore(start)) {
        errors.put("until", "The last day cannot be before the first day.");
      }
    }
    return errors.isEmpty() ? new Result(new AbsencePeriod(start, end), errors) : new Result(null, Map.copyOf(errors));
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }

  public record Result(AbsencePeriod period, Map<String, String> errors) {
    public boolean isValid() {
      return period != null;
    }
  }
}
