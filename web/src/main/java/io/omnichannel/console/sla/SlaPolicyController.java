package io.omnichannel.console.sla;

import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.sla.SlaPolicy;
import io.omnichannel.sla.SlaPolicySettings;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * SLA policies in the console: the list with the open tasks still under earlier versions, and the
 * form of one policy with its versions and audit log. A wrong field answers 422 with its message and
 * writes nothing.
 */
@Controller
@RequestMapping(SlaPolicyController.PATH)
class SlaPolicyController {

  static final String PATH = "/staff/console/sla";
  private static final int AUDIT_SHOWN = 20;

  private final SlaPolicySettings settings;
  private final BusinessCalendars calendars;
  private final ConsoleAudit audit;
  private final Journeys journeys;

  SlaPolicyController(SlaPolicySettings settings, BusinessCalendars calendars, ConsoleAudit audit, Journeys journeys) {
    this.settings = settings;
    this.calendars = calendars;
    this.audit = audit;
    this.journeys = journeys;
  }

  @GetMapping
  String list(Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("step", SlaPolicy.REVIEW);
    values.put("reminderAtPercent", "75");
    values.put("processOwnersAtPercent", Integer.toString(SlaPolicy.DEFAULT_PROCESS_OWNERS_AT_PERCENT));
    return list(values, Map.of(), model);
  }

  /** A policy for a request type and step that have none yet. */
  @PostMapping
  String create(
      @RequestParam Map<String, String> form, Principal user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
    Map<String, String> errors = settings.create(user.getName(), requestTypes(), form);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return list(form, errors, model);
    }
    redirect.addFlashAttribute("notice", "Policy created. Steps of requests submitted from now on are planned on it.");
    return "redirect:" + PATH + "/" + form.get("requestType").strip() + "/" + form.get("step").strip();
  }

  private String list(Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("policies", settings.overview());
    model.addAttribute("requestTypes", requestTypes());
    model.addAttribute("calendars", calendars.all());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("audit", audit.latest(SlaPolicySettings.AUDIT_AREA, null, AUDIT_SHOWN));
    return "console/sla/policies";
  }

  private Set<String> requestTypes() {
    return journeys.requestTypes().stream().map(RequestType::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @GetMapping("/{requestType}/{step}")
  String edit(@PathVariable String requestType, @PathVariable String step, Model model) {
    SlaPolicy policy = settings.find(requestType, step).orElseThrow();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("businessMinutes", Integer.toString(policy.businessMinutes()));
    values.put("calendarId", policy.calendarId());
    values.put("reminderAtPercent", Integer.toString(policy.reminderAtPercent()));
    values.put("processOwnersAtPercent", Integer.toString(policy.processOwnersAtPercent()));
    return form(requestType, step, values, Map.of(), model);
  }

  @PostMapping("/{requestType}/{step}")
  String change(
      @PathVariable String requestType,
      @PathVariable String step,
      @RequestParam Map<String, String> form,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    settings.find(requestType, step).orElseThrow();
    Map<String, String> errors = settings.change(user.getName(), requestType, step, form);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return form(requestType, step, form, errors, model);
    }
    redirect.addFlashAttribute(
        "notice", "Saved. Requests submitted from now on are planned on the new values; open requests keep theirs.");
    return "redirect:" + PATH + "/" + requestType + "/" + step;
  }

  private String form(String requestType, String step, Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("overview", settings.overview(requestType, step));
    model.addAttribute("versions", settings.versions(requestType, step));
    model.addAttribute("calendars", calendars.all());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("audit", audit.latest(SlaPolicySettings.AUDIT_AREA, SlaPolicySettings.subject(requestType, step), AUDIT_SHOWN));
    return "console/sla/policy";
  }

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknown(Model model) {
    model.addAttribute("message", "There is no such SLA policy.");
    return "console/sla/not-found";
  }
}
