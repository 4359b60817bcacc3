package io.omnichannel.staffprofile;

import io.omnichannel.staff.AbsencePeriod;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.tasks.Absences;
import io.omnichannel.tasks.StaffTask;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in colleague says they are away (now, until a day, or for a planned period) and back again. */
@Controller
@RequestMapping("/staff/absence")
class AbsenceController {

  private final Absences absences;

  AbsenceController(Absences absences) {
    this.absences = absences;
  }

  @GetMapping
  String show(Principal user, Model model) {
    return page(user, model, Map.of(), Map.of());
  }

  @PostMapping
  String markAbsent(
      @RequestParam Map<String, String> form,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate from = date(form.get("from"), "from", errors);
    LocalDate until = date(form.get("until"), "until", errors);
    AbsencePeriod.Result result = AbsencePeriod.of(kind(form.get("kind")), from, until, absences.today());
    result.errors().forEach(errors::putIfAbsent);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(user, model, errors, form);
    }
    List<StaffTask> returned = absences.markAbsent(user.getName(), result.period());
    redirect.addFlashAttribute(
        "notice",
        "You are marked absent. "
            + (returned.isEmpty()
                ? "You held no tasks."
                : returned.size() + " task(s) you had claimed are back in the team queue and your team lead is told."));
    return "redirect:/staff/absence";
  }

  @PostMapping("/back")
  String back(Principal user, RedirectAttributes redirect) {
    absences.markBack(user.getName());
    redirect.addFlashAttribute("notice", "Welcome back: you can claim tasks again.");
    return "redirect:/staff/absence";
  }

  private String page(Principal user, Model model, Map<String, String> errors, Map<String, String> input) {
    StaffUser me = absences.user(user.getName());
    LocalDate today = absences.today();
    model.addAttribute("me", me);
    model.addAttribute("absentToday", me.isAbsentOn(today));
    model.addAttribute("plannedAbsence", me.absent() && !me.isAbsentOn(today) && me.absentFrom() != null
        && me.absentFrom().isAfter(today));
    model.addAttribute("today", today);
    model.addAttribute("errors", errors);
    model.addAttribute("input", input);
    return "staffprofile/absence";
  }

  private static AbsencePeriod.Kind kind(String value) {
    try {
      return value == null ? null : AbsencePeriod.Kind.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String value, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "Give a date as YYYY-MM-DD.");
      return null;
    }
  }
}
