package io.omnichannel.console.sla;

import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.sla.CalendarSettings;
import io.omnichannel.sla.OpeningHours;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Business calendars in the console: the weekly hours and time zone, holidays and one-off closures of
 * one calendar, each with its own form. A wrong field answers 422 with its message and writes nothing.
 */
@Controller
@RequestMapping(CalendarController.PATH)
class CalendarController {

  static final String PATH = "/staff/console/calendars";
  private static final int AUDIT_SHOWN = 20;
  private static final List<String> PARTS = List.of("opens", "closes", "opens2", "closes2");

  private final BusinessCalendars calendars;
  private final CalendarSettings settings;
  private final ConsoleAudit audit;

  CalendarController(BusinessCalendars calendars, CalendarSettings settings, ConsoleAudit audit) {
    this.calendars = calendars;
    this.settings = settings;
    this.audit = audit;
  }

  @GetMapping
  String list(Model model) {
    return list(Map.of("zone", "Europe/Berlin"), Map.of(), model);
  }

  /** A new calendar, open Monday to Friday 09:00–17:00 until its hours are edited. */
  @PostMapping
  String create(
      @RequestParam Map<String, String> form, Principal user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    Map<String, String> errors = settings.create(user.getName(), form);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return list(form, errors, model);
    }
    redirect.addFlashAttribute("notice", "Calendar created, open Monday to Friday 09:00–17:00: set its hours below.");
    return "redirect:" + PATH + "/" + form.get("id").strip();
  }

  private String list(Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("calendars", calendars.all());
    model.addAttribute("zones", new TreeSet<>(ZoneId.getAvailableZoneIds()));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("audit", audit.latest(CalendarSettings.AUDIT_AREA, null, AUDIT_SHOWN));
    return "console/sla/calendars";
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    return page(id, weekValues(id), Map.of(), model);
  }

  @PostMapping("/{id}")
  String saveWeek(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    calendars.find(id).orElseThrow();
    return answer(id, settings.saveWeek(user.getName(), id, form), form, "Opening hours saved. Deadlines planned from now on count them.", response, model, redirect);
  }

  @PostMapping("/{id}/holidays")
  String addHoliday(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String holidayDate,
      @RequestParam(defaultValue = "") String holidayName,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    calendars.find(id).orElseThrow();
    Map<String, String> errors = settings.addHoliday(user.getName(), id, holidayDate, holidayName);
    Map<String, String> values = weekValues(id);
    values.put("holidayDate", holidayDate);
    values.put("holidayName", holidayName);
    return answer(id, errors, values, "Holiday added.", response, model, redirect);
  }

  @PostMapping("/{id}/holidays/remove")
  String removeHoliday(@PathVariable String id, @RequestParam String date, Principal user, RedirectAttributes redirect) {
    calendars.find(id).orElseThrow();
    boolean removed = settings.removeHoliday(user.getName(), id, day(date));
    redirect.addFlashAttribute("notice", removed ? "Holiday removed." : "That holiday was not there (any more).");
    return "redirect:" + PATH + "/" + id;
  }

  @PostMapping("/{id}/closures")
  String addClosure(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String closureFirstDay,
      @RequestParam(defaultValue = "") String closureLastDay,
      @RequestParam(defaultValue = "") String closureReason,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    calendars.find(id).orElseThrow();
    Map<String, String> errors = settings.addClosure(user.getName(), id, closureFirstDay, closureLastDay, closureReason);
    Map<String, String> values = weekValues(id);
    values.put("closureFirstDay", closureFirstDay);
    values.put("closureLastDay", closureLastDay);
    values.put("closureReason", closureReason);
    return answer(id, errors, values, "Closure added: no business time passes on those days.", response, model, redirect);
  }

  @PostMapping("/{id}/closures/remove")
  String removeClosure(
      @PathVariable String id, @RequestParam String firstDay, @RequestParam String lastDay, Principal user, RedirectAttributes redirect) {
    calendars.find(id).orElseThrow();
    boolean removed = settings.removeClosure(user.getName(), id, day(firstDay), day(lastDay));
    redirect.addFlashAttribute("notice", removed ? "Closure removed." : "That closure was not there (any more).");
    return "redirect:" + PATH + "/" + id;
  }

  private String answer(
      String id, Map<String, String> errors, Map<String, String> values, String notice, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(id, values, errors, model);
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:" + PATH + "/" + id;
  }

  private String page(String id, Map<String, String> values, Map<String, String> errors, Model model) {
    BusinessCalendar calendar = calendars.get(id);
    model.addAttribute("calendar", calendar);
    model.addAttribute("name", calendars.find(id).orElseThrow().name());
    model.addAttribute("holidays", calendars.holidays(id));
    model.addAttribute("days", DayOfWeek.values());
    // written outside the console (SQL, set-up code): more intervals than the form has fields
    model.addAttribute(
        "crowdedDays",
        calendar.weeklyHours().entrySet().stream()
            .filter(e -> e.getValue().size() > 2)
            .map(e -> e.getKey().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
            .sorted()
            .toList());
    model.addAttribute("zones", new TreeSet<>(ZoneId.getAvailableZoneIds()));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("audit", audit.latest(CalendarSettings.AUDIT_AREA, id, AUDIT_SHOWN));
    return "console/sla/calendar";
  }

  /** The form's fields as the calendar is now: name, zone and each weekday's intervals. */
  private Map<String, String> weekValues(String id) {
    BusinessCalendar calendar = calendars.get(id);
    Map<String, String> values = new HashMap<>();
    values.put("name", calendars.find(id).orElseThrow().name());
    values.put("zone", calendar.zone().getId());
    for (DayOfWeek day : DayOfWeek.values()) {
      List<OpeningHours> hours = calendar.weeklyHours().getOrDefault(day, List.of());
      for (int i = 0; i < Math.min(2, hours.size()); i++) {
        values.put(CalendarSettings.field(day, PARTS.get(2 * i)), hours.get(i).opens().toString());
        values.put(CalendarSettings.field(day, PARTS.get(2 * i + 1)), hours.get(i).closes().toString());
      }
    }
    return values;
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new NoSuchElementException("not a date: " + text);
    }
  }

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknown(Model model) {
    model.addAttribute("message", "There is no such business calendar, holiday or closure.");
    return "console/sla/not-found";
  }
}
