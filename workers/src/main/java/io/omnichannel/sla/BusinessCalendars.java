package io.omnichannel.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Business calendars in PostgreSQL; read fresh each time, so a process owner's edit applies at once. */
@Repository
public class BusinessCalendars {

  private final JdbcClient jdbc;

  public BusinessCalendars(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public BusinessCalendar get(String id) {
    ZoneId zone =
        jdbc.sql("select zone from business_calendars where id = ?")
            .param(id)
            .query((rs, n) -> ZoneId.of(rs.getString(1)))
            .optional()
            .orElseThrow(() -> new NoSuchElementException("no business calendar " + id));
    Map<DayOfWeek, List<OpeningHours>> weekly = new EnumMap<>(DayOfWeek.class);
    jdbc.sql("select day_of_week, opens, closes from calendar_opening_hours where calendar_id = ?")
        .param(id)
        .query(
            rs -> {
              weekly
                  .computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
                  .add(new OpeningHours(rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class)));
            });
    Set<LocalDate> holidays =
        new HashSet<>(
            jdbc.sql("select holiday_date from calendar_holidays where calendar_id = ?")
                .param(id)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list());
    List<CalendarClosure> closures =
        jdbc.sql("select first_day, last_day, reason from calendar_closures where calendar_id = ? order by first_day, last_day")
            .param(id)
            .query((rs, n) -> new CalendarClosure(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getString(3)))
            .list();
    return new BusinessCalendar(id, zone, weekly, holidays, closures);
  }

  /** Every calendar's id and name, by name. */
  public List<CalendarName> all() {
    return jdbc.sql("select id, name from business_calendars order by name, id")
        .query((rs, n) -> new CalendarName(rs.getString(1), rs.getString(2)))
        .list();
  }

  public Optional<CalendarName> find(String id) {
    return jdbc.sql("select id, name from business_calendars where id = ?")
        .param(id)
        .query((rs, n) -> new CalendarName(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** The holidays of a calendar with their names, by date. */
  public Map<LocalDate, String> holidays(String calendarId) {
    Map<LocalDate, String> holidays = new TreeMap<>();
    jdbc.sql("select holiday_date, name from calendar_holidays where calendar_id = ?")
        .param(calendarId)
        .query(rs -> {
          holidays.put(rs.getObject(1, LocalDate.class), rs.getString(2));
        });
    return holidays;
  }

  /** @return true when the holiday was there */
  public boolean removeHoliday(String calendarId, LocalDate date) {
    return jdbc.sql("delete from calendar_holidays where calendar_id = ? and holiday_date = ?").params(calendarId, date).update() > 0;
  }

  /** @return true when the closure is new (the same days again only update the reason) */
  public boolean addClosure(String calendarId, CalendarClosure closure) {
    return jdbc.sql(
                """
                insert into calendar_closures (calendar_id, first_day, last_day, reason) values (?, ?, ?, ?)
                on conflict (calendar_id, first_day, last_day) do update set reason = excluded.reason
                returning (xmax = 0)""")
            .params(calendarId, closure.firstDay(), closure.lastDay(), closure.reason())
            .query(Boolean.class)
            .single();
  }

  /** @return true when the closure was there */
  public boolean removeClosure(String calendarId, LocalDate firstDay, LocalDate lastDay) {
    return jdbc.sql("delete from calendar_closures where calendar_id = ? and first_day = ? and last_day = ?")
            .params(calendarId, firstDay, lastDay)
            .update()
        > 0;
  }

  /** A calendar's id and the name people know it by. */
  public record CalendarName(String id, String name) {}

  @Transactional
  public void save(String id, String name, BusinessCalendar calendar) {
    jdbc.sql(
            """
            insert into business_calendars (id, name, zone) values (?, ?, ?)
            on conflict (id) do update set name = excluded.name, zone = excluded.zone""")
        .params(id, name, calendar.zone().getId())
        .update();
    jdbc.sql("delete from calendar_opening_hours where calendar_id = ?").param(id).update();
    calendar
        .weeklyHours()
        .forEach(
            (day, hours) ->
                hours.forEach(
                    h ->
                        jdbc.sql(
                                "insert into calendar_opening_hours (calendar_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
                            .params(id, day.getValue(), h.opens(), h.closes())
                            .update()));
  }

  public void addHoliday(String calendarId, LocalDate date, String name) {
    jdbc.sql(
            """
            insert into calendar_holidays (calendar_id, holiday_date, name) values (?, ?, ?)
            on conflict (calendar_id, holiday_date) do update set name = excluded.name""")
        .params(calendarId, date, name)
        .update();
  }
}
