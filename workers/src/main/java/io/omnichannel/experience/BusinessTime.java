package io.omnichannel.experience;

import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Business time in SQL, on one calendar, derived here from {@link BusinessCalendar} for the days a
 * figure can touch and handed to the query as arrays, in two tables:
 *
 * <ul>
 *   <li>{@code bt_utc} ({@link #utcTable}), for durations: the opening hours as instants cut at UTC
 *       midnights, per UTC day the business seconds before it and its open pieces. A timestamp finds
 *       its day by arithmetic ({@code floor(epoch / 86400)}), with no time-zone conversion (about 1
 *       µs a row); its business time is the day's running total plus its open pieces before it.
 *   <li>{@code bt_days} ({@link #daysTable}), for the age in business days: per local day the open
 *       days before it and its opening intervals in seconds of the day, so a started day counts by
 *       its share of opening hours.
 * </ul>
 *
 * A duration is the difference of two such values. Nothing is stored, so a calendar edit
 * re-measures the whole history consistently. Opening hours are wall-clock times (like {@link
 * BusinessCalendar#addBusinessTime}).
 */
final class BusinessTime {

  private static final int SECONDS_PER_BUSINESS_HOUR = 3600;

  private record Day(LocalDate date, long secondsBefore, int openDaysBefore, int secondsOpen, List<int[]> intervals) {}

  /** A UTC day (epoch seconds / 86400): the business seconds before it and the open pieces in it, in epoch seconds. */
  private record UtcDay(long number, long secondsBefore, List<long[]> pieces) {}

  private static final long DAY = 86_400;

  private final BusinessCalendar calendar;
  private final LocalDate first;
  private final List<Day> days;
  private final int slots;
  private final List<UtcDay> utcDays;
  private final int utcSlots;

  private BusinessTime(BusinessCalendar calendar, LocalDate first, List<Day> days, int slots, List<UtcDay> utcDays, int utcSlots) {
    this.calendar = calendar;
    this.first = first;
    this.days = days;
    this.slots = slots;
    this.utcDays = utcDays;
    this.utcSlots = utcSlots;
  }

  /** The calendar's days from {@code first} to {@code last}, both included. */
  static BusinessTime of(BusinessCalendar calendar, LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("no days from " + first + " to " + last);
    }
    List<Day> days = new ArrayList<>();
    long seconds = 0;
    int openDays = 0;
    int slots = 1;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      List<int[]> intervals = new ArrayList<>();
      int open = 0;
      for (OpeningHours hours : calendar.openingHoursOn(day)) {
        int opens = hours.opens().toSecondOfDay();
        int closes = hours.closes().toSecondOfDay();
        intervals.add(new int[] {opens, closes});
        open += closes - opens;
      }
      slots = Math.max(slots, intervals.size());
      days.add(new Day(day, seconds, openDays, open, intervals));
      seconds += open;
      openDays += open > 0 ? 1 : 0;
    }
    // the same opening hours as instants, cut at UTC midnights: a timestamp finds its row by arithmetic alone
    java.util.TreeMap<Long, List<long[]>> pieces = new java.util.TreeMap<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (OpeningHours hours : calendar.openingHoursOn(day)) {
        long opens = java.time.ZonedDateTime.of(day, hours.opens(), calendar.zone()).toEpochSecond();
        long closes = java.time.ZonedDateTime.of(day, hours.closes(), calendar.zone()).toEpochSecond();
        while (opens < closes) {
          long number = Math.floorDiv(opens, DAY);
          long end = Math.min(closes, (number + 1) * DAY);
          pieces.computeIfAbsent(number, n -> new ArrayList<>()).add(new long[] {opens, end});
          opens = end;
        }
      }
    }
    List<UtcDay> utcDays = new ArrayList<>();
    long from = Math.floorDiv(first.atStartOfDay(calendar.zone()).toEpochSecond(), DAY);
    long to = Math.floorDiv(last.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond() - 1, DAY);
    long before = 0;
    int utcSlots = 1;
    for (long number = from; number <= to; number++) {
      List<long[]> open = pieces.getOrDefault(number, List.of());
      utcDays.add(new UtcDay(number, before, open));
      utcSlots = Math.max(utcSlots, open.size());
      for (long[] piece : open) {
        before += piece[1] - piece[0];
      }
    }
    return new BusinessTime(calendar, first, List.copyOf(days), slots, List.copyOf(utcDays), utcSlots);
  }

  ZoneId zone() {
    return calendar.zone();
  }

  String calendarId() {
    return calendar.id();
  }

  /** Open days from the first day's start to {@code at}, the day of {@code at} counted by its open part passed. */
  double businessDaysAt(Instant at) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone());
    Day day = day(local.toLocalDate());
    return day.openDaysBefore() + (day.secondsOpen() == 0 ? 0 : (double) openBefore(day, local.toLocalTime().toSecondOfDay()) / day.secondsOpen());
  }

  private Day day(LocalDate date) {
    long index = date.toEpochDay() - first.toEpochDay();
    if (index < 0 || index >= days.size()) {
      throw new IllegalArgumentException(date + " lies outside the business days " + first + " to " + days.getLast().date());
    }
    return days.get((int) index);
  }

  private static long openBefore(Day day, int secondOfDay) {
    long open = 0;
    for (int[] interval : day.intervals()) {
      open += Math.max(0, Math.min(secondOfDay, interval[1]) - interval[0]);
    }
    return open;
  }

  /** The common table {@code bt_days}, to be put in a query's WITH clause with {@link #parameters()}. */
  String daysTable() {
    StringBuilder columns = new StringBuilder("day, cum, cd, tot");
    StringBuilder arrays = new StringBuilder(
        "CAST(:bt_day AS date[]), CAST(:bt_cum AS bigint[]), CAST(:bt_cd AS int[]), CAST(:bt_tot AS int[])");
    for (int i = 1; i <= slots; i++) {
      columns.append(", o").append(i).append(", c").append(i);
      arrays.append(", CAST(:bt_o").append(i).append(" AS int[]), CAST(:bt_c").append(i).append(" AS int[])");
    }
    return "bt_days AS MATERIALIZED (SELECT * FROM unnest(" + arrays + ") AS d(" + columns + "))";
  }

  /** The common table {@code bt_utc} of UTC days, for durations ({@link #hours}). */
  String utcTable() {
    StringBuilder columns = new StringBuilder("dayno, cum");
    StringBuilder arrays = new StringBuilder("CAST(:bu_day AS int[]), CAST(:bu_cum AS bigint[])");
    for (int i = 1; i <= utcSlots; i++) {
      columns.append(", o").append(i).append(", c").append(i);
      arrays.append(", CAST(:bu_o").append(i).append(" AS bigint[]), CAST(:bu_c").append(i).append(" AS bigint[])");
    }
    return "bt_utc AS MATERIALIZED (SELECT * FROM unnest(" + arrays + ") AS u(" + columns + "))";
  }

  Map<String, Object> parameters() {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("bu_day", literal(utcDays, day -> Long.toString(day.number())));
    parameters.put("bu_cum", literal(utcDays, day -> Long.toString(day.secondsBefore())));
    for (int i = 1; i <= utcSlots; i++) {
      int slot = i - 1;
      parameters.put("bu_o" + i, literal(utcDays, day -> slot < day.pieces().size() ? Long.toString(day.pieces().get(slot)[0]) : "0"));
      parameters.put("bu_c" + i, literal(utcDays, day -> slot < day.pieces().size() ? Long.toString(day.pieces().get(slot)[1]) : "0"));
    }
    parameters.put("bt_day", literal(days, day -> day.date().toString()));
    parameters.put("bt_cum", literal(days, day -> Long.toString(day.secondsBefore())));
    parameters.put("bt_cd", literal(days, day -> Integer.toString(day.openDaysBefore())));
    parameters.put("bt_tot", literal(days, day -> Integer.toString(day.secondsOpen())));
    for (int i = 1; i <= slots; i++) {
      int slot = i - 1;
      // a day with fewer intervals gets empty ones (0, 0), which add nothing
      parameters.put("bt_o" + i, literal(days, day -> slot < day.intervals().size() ? Integer.toString(day.intervals().get(slot)[0]) : "0"));
      parameters.put("bt_c" + i, literal(days, day -> slot < day.intervals().size() ? Integer.toString(day.intervals().get(slot)[1]) : "0"));
    }
    return parameters;
  }

  /** {@code JOIN bt_utc alias} on the UTC day of {@code column}: arithmetic, no time-zone conversion (which costs about 1 µs a row). */
  String joinUtc(String alias, String column) {
    return " JOIN bt_utc " + alias + " ON " + alias + ".dayno = floor(date_part('epoch', " + column + ") / 86400)::int ";
  }

  /** The business seconds at {@code column} since the first day, its UTC day joined as {@code alias}. */
  String seconds(String alias, String column) {
    StringBuilder sum = new StringBuilder("(" + alias + ".cum");
    for (int i = 1; i <= utcSlots; i++) {
      sum.append(" + greatest(0, least(date_part('epoch', ").append(column).append("), ").append(alias).append(".c").append(i)
          .append(") - ").append(alias).append(".o").append(i).append(")");
    }
    return sum.append(")").toString();
  }

  /** {@code JOIN bt_days alias} on the local date of {@code column}. */
  String join(String alias, String column) {
    return " JOIN bt_days " + alias + " ON " + alias + ".day = (" + local(column) + ")::date ";
  }

  /** Business hours from {@code fromColumn} (its UTC day joined as {@code fromAlias}, {@link #joinUtc}) to {@code toColumn}. */
  String hours(String fromAlias, String fromColumn, String toAlias, String toColumn) {
    return "((" + seconds(toAlias, toColumn) + " - " + seconds(fromAlias, fromColumn) + ")::float8 / " + SECONDS_PER_BUSINESS_HOUR + ")";
  }

  /** The open days at {@code column}, whose day is joined as {@code alias} (see {@link #businessDaysAt}). */
  String businessDays(String alias, String column) {
    return "(" + alias + ".cd + CASE WHEN " + alias + ".tot = 0 THEN 0 ELSE (" + openBefore(alias, column) + ")::float8 / " + alias
        + ".tot END)";
  }

  private String openBefore(String alias, String column) {
    String second = "extract(epoch FROM (" + local(column) + ")::time)";
    StringBuilder sum = new StringBuilder("(0");
    for (int i = 1; i <= slots; i++) {
      sum.append(" + greatest(0, least(").append(second).append(", ").append(alias).append(".c").append(i).append(") - ")
          .append(alias).append(".o").append(i).append(")");
    }
    return sum.append(")").toString();
  }

  /** The zone is a {@link ZoneId}'s own id (letters, digits, '/', '_', '+', '-'), so it can stand in the SQL as a literal. */
  private String local(String column) {
    String zone = zone().getId();
    if (!zone.matches("[A-Za-z0-9/_+\\-:]+")) {
      throw new IllegalStateException("unexpected time zone id " + zone);
    }
    return column + " AT TIME ZONE '" + zone + "'";
  }

  private static <T> String literal(List<T> days, Function<T, String> value) {
    return days.stream().map(value).collect(Collectors.joining(",", "{", "}"));
  }
}
