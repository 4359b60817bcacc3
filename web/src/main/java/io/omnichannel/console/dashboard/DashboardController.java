package io.omnichannel.console.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.experience.CustomerExperience;
import io.omnichannel.experience.ExperiencePeriod;
import io.omnichannel.experience.ExperienceReport;
import io.omnichannel.experience.InvalidPeriodException;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard of what customers experience, for process owners and admins (the console's paths,
 * see SecurityConfiguration): every figure with its definition, a chart drawn by {@code
 * /js/dashboard.js} from the JSON on its canvas, the table behind it, and the table as CSV.
 */
@Controller
class DashboardController {

  static final String PATH = "/staff/console/dashboard";

  private final CustomerExperience experience;
  private final ObjectMapper json;

  DashboardController(CustomerExperience experience, ObjectMapper json) {
    this.experience = experience;
    this.json = json;
  }

  @GetMapping(PATH)
  String dashboard(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpServletResponse response, Model model) {
    LocalDate today = experience.today();
    model.addAttribute("presets", presets(today));
    model.addAttribute("fromValue", from);
    model.addAttribute("toValue", to);
    ExperiencePeriod period;
    try {
      period = ExperiencePeriod.parse(from, to, today);
    } catch (InvalidPeriodException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", e.fieldErrors());
      return "console/dashboard/index";
    }
    ExperienceReport report = experience.report(period);
    Map<String, DashboardTable> tables = DashboardTables.of(report);
    Map<String, String> charts = new LinkedHashMap<>();
    tables.values().stream().filter(t -> t.chart() != null).forEach(t -> charts.put(t.name(), toJson(DashboardTables.chartData(t))));
    model.addAttribute("errors", Map.of());
    model.addAttribute("fromValue", period.from().toString());
    model.addAttribute("toValue", period.to().toString());
    model.addAttribute("period", period);
    model.addAttribute("report", report);
    model.addAttribute("tables", tables);
    model.addAttribute("charts", charts);
    return "console/dashboard/index";
  }

  @GetMapping(PATH + "/{name}.csv")
  ResponseEntity<?> csv(@PathVariable String name, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    if (!DashboardTables.NAMES.contains(name)) {
      return problem(HttpStatus.NOT_FOUND, "No such table", "The dashboard has no table \"" + (name.length() > 40 ? name.substring(0, 40) : name)
          + "\"; its tables are " + String.join(", ", DashboardTables.NAMES) + ".", Map.of());
    }
    ExperiencePeriod period;
    try {
      period = ExperiencePeriod.parse(from, to, experience.today());
    } catch (InvalidPeriodException e) {
      return problem(HttpStatus.BAD_REQUEST, "Invalid period", "The period cannot be shown: see errors.", e.fieldErrors());
    }
    DashboardTable table = DashboardTables.of(experience.report(period)).get(name);
    String file = name + "_" + period.from() + "_" + period.to() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
        .body(Csv.of(table.header(), table.rows()));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, Map<String, String> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Map<String, ExperiencePeriod> presets(LocalDate today) {
    Map<String, ExperiencePeriod> presets = new LinkedHashMap<>();
    for (ExperiencePeriod.Preset preset : ExperiencePeriod.Preset.values()) {
      presets.put(preset.label(), preset.on(today));
    }
    return presets;
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart data could not be written as JSON", e);
    }
  }
}
