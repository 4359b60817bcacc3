package io.omnichannel.sla;

import io.omnichannel.audit.ConsoleAudit;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owners' edit of business calendars: name, time zone and weekly opening hours (up to
 * two intervals a day, e.g. with a lunch break), holidays and one-off closures. Each field is checked
 * with a message of its own and nothing is written when one is wrong; every change is audited (area
 * {@value #AUDIT_AREA}) in its own transaction. Calendars are read fresh for every deadline planned,
 * so a change applies to deadlines planned from now on; deadlines already planned stay.
 */
@Service
public class CalendarSettings {

  public static final String AUDIT_AREA = "calendar";

  private static final Pattern CALENDAR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,49}");

  /** Longer than a quarter is no closure but other opening hours. */
  static final int MAX_CLOSURE_DAYS = 92;

  private final BusinessCalendars calendars;
  private final ConsoleAudit audit;

  CalendarSettings(BusinessCalendars calendars, ConsoleAudit audit) {
    this.calendars = calendars;
    this.audit = audit;
  }

  /** The form field of a weekday's interval, e.g. {@code mon-opens}, {@code mon-closes2}. */
  public static String field(DayOfWeek day, String part) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT) + "-" + part;
  }

  /**
   * Saves name, zone and weekly hours from the form: fields {@code name}, {@code zone}, and per
   * weekday {@code mon-opens}, {@code mon-closes} and optionally {@code mon-opens2}, {@code
   * mon-closes2} (HH:mm); a day without hours is closed.
   *
   * @return the message per wrong field; empty when saved
   */
  @Transactional
  public Map<String, String> saveWeek(String username, String calendarId, Map<String, String> form) {
    BusinessCalendar before = existing(calendarId);
    String oldName = calendars.find(calendarId).orElseThrow().name();
    Map<String, String> errors = new LinkedHashMap<>();
    String name = form.getOrDefault("name", "").strip();
    if (name.isEmpty() || name.length() > 100) {
      errors.put("name", "Give the calendar a name of 1 to 100 characters.");
    }
    ZoneId zone = zone(form.getOrDefault("zone", "").strip(), errors);
    Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<OpeningHours> hours = new ArrayList<>();
      OpeningHours first = interval(form, day, "opens", "closes", errors);
      OpeningHours second = interval(form, day, "opens2", "closes2", errors);
      if (first == null && second != null && !errors.containsKey(field(day, "opens2"))) {
        errors.put(field(day, "opens"), "Fill in the first interval before the second.");
      }
      if (first != null) {
        hours.add(first);
      }
      if (first != null && second != null) {
        if (second.opens().isBefore(first.closes())) {
          errors.put(field(day, "opens2"), "The second interval opens after the first closes (" + first.closes() + ").");
        } else {
          hours.add(second);
        }
      }
      if (!hours.isEmpty()) {
        week.put(day, hours);
      }
    }
    if (week.isEmpty() && errors.isEmpty()) {
      errors.put("week", "Open the calendar on at least one day: without opening hours no business time would ever pass.");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    BusinessCalendar after = new BusinessCalendar(calendarId, zone, week, before.holidays(), before.closures());
    calendars.save(calendarId, name, after);
    Map<String, Object> detail = new LinkedHashMap<>();
    changed(detail, "name", oldName, name);
    changed(detail, "zone", before.zone().getId(), zone.getId());
    for (DayOfWeek day : DayOfWeek.values()) {
      changed(detail, day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), hours(before.weeklyHours().get(day)), hours(week.get(day)));
    }
    if (detail.isEmpty()) {
      return Map.of();
    }
    audit.record(username, AUDIT_AREA, calendarId, "opening hours changed", detail);
    return Map.of();
  }

  /**
   * A new calendar (fields {@code id}, {@code name}, {@code zone}), open Monday to Friday 09:00–17:00
   * until its hours are edited: a calendar without opening hours would let no business time pass.
   *
   * @return the message per wrong field; empty when created
   */
  @Transactional
  public Map<String, String> create(String username, Map<String, String> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String id = form.getOrDefault("id", "").strip();
    if (!CALENDAR_ID.matcher(id).matches()) {
      errors.put("id", "Give an id of 2 to 50 small letters, digits and -, e.g. store-vienna.");
    } else if (calendars.find(id).isPresent()) {
      errors.put("id", "There is a calendar with this id already.");
    }
    String name = form.getOrDefault("name", "").strip();
    if (name.isEmpty() || name.length() > 100) {
      errors.put("name", "Give the calendar a name of 1 to 100 characters.");
    }
    ZoneId zone = zone(form.getOrDefault("zone", "").strip(), errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      week.put(day, List.of(OpeningHours.of("09:00", "17:00")));
    }
    calendars.save(id, name, new BusinessCalendar(id, zone, week, Set.of()));
    audit.record(username, AUDIT_AREA, id, "created", Map.of("name", name, "zone", zone.getId(), "hours", "Monday–Friday 09:00–17:00"));
    return Map.of();
  }

  /** @return the message per wrong field ({@code holidayDate}, {@code holidayName}); empty when saved */
  @Transactional
  public Map<String, String> addHoliday(String username, String calendarId, String date, String name) {
    existing(calendarId);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = date(date, "holidayDate", errors);
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > 100) {
      errors.put("holidayName", "Name the holiday in 1 to 100 characters.");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    calendars.addHoliday(calendarId, day, label);
    audit.record(username, AUDIT_AREA, calendarId, "holiday added", Map.of("date", day.toString(), "name", label));
    return Map.of();
  }

  /** @return false when there was no such holiday (nothing written) */
  @Transactional
  public boolean removeHoliday(String username, String calendarId, LocalDate date) {
    existing(calendarId);
    String name = calendars.holidays(calendarId).get(date);
    if (name == null || !calendars.removeHoliday(calendarId, date)) {
      return false;
    }
    audit.record(username, AUDIT_AREA, calendarId, "holiday removed", Map.of("date", date.toString(), "name", name));
    return true;
  }

  /**
   * A one-off closure from {@code firstDay} to {@code lastDay} (empty: the first day only).
   *
   * @return the message per wrong field ({@code closureFirstDay}, {@code closureLastDay}, {@code
   *     closureReason}); empty when saved
   */
  @Transactional
  public Map<String, String> addClosure(String username, String calendarId, String firstDay, String lastDay, String reason) {
    existing(calendarId);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate first = date(firstDay, "closureFirstDay", errors);
    LocalDate last = lastDay == null || lastDay.isBlank() ? first : date(lastDay, "closureLastDay", errors);
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        errors.put("closureLastDay", "The last day is on or after the first day.");
      } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_CLOSURE_DAYS) {
        errors.put("closureLastDay", "A closure lasts at most " + MAX_CLOSURE_DAYS + " days; for longer, change the opening hours.");
      }
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 200) {
      errors.put("closureReason", "Say why it is closed, in 1 to 200 characters (colleagues and the audit log read it).");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    CalendarClosure closure = new CalendarClosure(first, last, why);
    calendars.addClosure(calendarId, closure);
    audit.record(
        username, AUDIT_AREA, calendarId, "closure added", Map.of("firstDay", first.toString(), "lastDay", last.toString(), "reason", why));
    return Map.of();
  }

  /** @return false when there was no such closure (nothing written) */
  @Transactional
  public boolean removeClosure(String username, String calendarId, LocalDate firstDay, LocalDate lastDay) {
    BusinessCalendar calendar = existing(calendarId);
    CalendarClosure closure =
        calendar.closures().stream()
            .filter(c -> c.firstDay().equals(firstDay) && c.lastDay().equals(lastDay))
            .findFirst()
            .orElse(null);
    if (closure == null || !calendars.removeClosure(calendarId, firstDay, lastDay)) {
      return false;
    }
    audit.record(
        username, AUDIT_AREA, calendarId, "closure removed",
        Map.of("firstDay", firstDay.toString(), "lastDay", lastDay.toString(), "reason", closure.reason()));
    return true;
  }

  private BusinessCalendar existing(String calendarId) {
    if (calendars.find(calendarId).isEmpty()) {
      throw new NoSuchElementException("no business calendar " + calendarId);
    }
    return calendars.get(calendarId);
  }

  private static ZoneId zone(String id, Map<String, String> errors) {
    if (ZoneId.getAvailableZoneIds().contains(id)) {
      try {
        return ZoneId.of(id);
      } catch (DateTimeException unexpected) {
        // reported below
      }
    }
    errors.put("zone", "Give a time zone by its region name, e.g. Europe/Berlin.");
    return null;
  }

  private static OpeningHours interval(Map<String, String> form, DayOfWeek day, String opensPart, String closesPart, Map<String, String> errors) {
    String opensField = field(day, opensPart);
    String closesField = field(day, closesPart);
    String opens = form.getOrDefault(opensField, "").strip();
    String closes = form.getOrDefault(closesField, "").strip();
    if (opens.isEmpty() && closes.isEmpty()) {
      return null;
    }
    LocalTime from = time(opens, opensField, errors);
    LocalTime to = time(closes, closesField, errors);
    if (from == null || to == null) {
      return null;
    }
    if (!from.isBefore(to)) {
      errors.put(closesField, "Closes after it opens (" + from + ").");
      return null;
    }
    return new OpeningHours(from, to);
  }

  private static LocalTime time(String text, String field, Map<String, String> errors) {
    if (text.isEmpty()) {
      errors.put(field, "Give both times of the interval, or neither for closed.");
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(field, "Give the time as HH:mm, e.g. 09:00.");
      return null;
    }
  }

  private static LocalDate date(String text, String field, Map<String, String> errors) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "Give the date as YYYY-MM-DD, e.g. 2026-12-24.");
      return null;
    }
  }

  private static void changed(Map<String, Object> detail, String field, String before, String after) {
    if (!before.equals(after)) {
      detail.put(field, before + " → " + after);
    }
  }

  /** A day's hours in words, e.g. {@code 09:00–12:30, 13:30–18:00}, or {@code closed}. */
  public static String hours(List<OpeningHours> hours) {
    if (hours == null || hours.isEmpty()) {
      return "closed";
    }
    return String.join(", ", hours.stream().map(h -> h.opens() + "–" + h.closes()).toList());
  }
}
