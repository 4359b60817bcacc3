package io.omnichannel.console.dashboard;

import io.omnichannel.console.dashboard.DashboardTable.Chart;
import io.omnichannel.experience.ExperienceReport;
import io.omnichannel.experience.ExperienceReport.Durations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's figures as the dashboard's tables, in the page's order. */
final class DashboardTables {

  static final List<String> NAMES =
      List.of("volume-channel", "volume-type", "volume-team", "volume-over-time", "first-response", "resolution", "sla-attainment",
          "backlog", "reopens", "satisfaction");

  private DashboardTables() {}

  static Map<String, DashboardTable> of(ExperienceReport report) {
    Map<String, DashboardTable> tables = new LinkedHashMap<>();
    long total = report.requests();
    tables.put("volume-channel", new DashboardTable("volume-channel", "Requests by channel", List.of("Channel", "Requests", "Share %"),
        report.byChannel().stream().map(c -> row(c.label(), count(c.count()), percent(c.count(), total))).toList(),
        new Chart("bar", List.of(1), "requests")));
    tables.put("volume-type", new DashboardTable("volume-type", "Requests by type", List.of("Request type", "Requests", "Share %"),
        report.byType().stream().map(c -> row(c.label(), count(c.count()), percent(c.count(), total))).toList(),
        new Chart("bar", List.of(1), "requests")));
    tables.put("volume-team", new DashboardTable("volume-team", "Work by team", List.of("Team", "Tasks", "Requests"),
        report.byTeam().stream().map(t -> row(t.team(), count(t.tasks()), count(t.requests()))).toList(),
        new Chart("bar", List.of(1, 2), "tasks and requests")));
    String bucket = switch (report.bucket()) {
      case "week" -> "Week from";
      case "month" -> "Month";
      default -> "Day";
    };
    tables.put("volume-over-time", new DashboardTable("volume-over-time", "Requests over time", List.of(bucket, "Requests"),
        report.overTime().stream().map(c -> row(c.label(), count(c.count()))).toList(), new Chart("line", List.of(1), "requests")));
    tables.put("first-response", new DashboardTable("first-response", "First response time",
        List.of("Request type", "Answered", "Median (business hours)", "90th percentile (business hours)", "No reply yet"),
        report.firstResponse().stream().map(d -> durations(d, true)).toList(), new Chart("bar", List.of(2, 3), "business hours")));
    tables.put("resolution", new DashboardTable("resolution", "Resolution time",
        List.of("Request type", "Closed", "Median (business hours)", "90th percentile (business hours)"),
        report.resolution().stream().map(d -> durations(d, false)).toList(), new Chart("bar", List.of(2, 3), "business hours")));
    tables.put("sla-attainment", new DashboardTable("sla-attainment", "SLA attainment",
        List.of("Team", "Targets met", "Targets ended", "Attainment %"),
        report.sla().stream().map(a -> row(a.team(), count(a.met()), count(a.ended()), percent(a.met(), a.ended()))).toList(),
        new Chart("bar", List.of(3), "% of targets met")));
    tables.put("backlog", new DashboardTable("backlog", "Backlog by age", List.of("Age", "Open requests"),
        report.backlog().stream().map(c -> row(c.label(), count(c.count()))).toList(), new Chart("bar", List.of(1), "open requests")));
    tables.put("reopens", new DashboardTable("reopens", "Reopen rate", List.of("Request type", "Closed", "Reopened", "Reopen rate %"),
        report.reopens().stream().map(r -> row(r.type(), count(r.closed()), count(r.reopened()), percent(r.reopened(), r.closed())))
            .toList(), null));
    List<List<String>> ratings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long n = report.satisfaction().distribution().get(i);
      ratings.add(row(Integer.toString(i + 1), count(n), percent(n, report.satisfaction().count())));
    }
    tables.put("satisfaction", new DashboardTable("satisfaction", "Satisfaction ratings", List.of("Rating", "Ratings", "Share %"),
        ratings, new Chart("bar", List.of(1), "ratings")));
    return tables;
  }

  private static List<String> durations(Durations d, boolean withPending) {
    List<String> row = new ArrayList<>(List.of(d.type(), count(d.count())));
    row.add(hours(d.medianHours()));
    row.add(hours(d.p90Hours()));
    if (withPending) {
      row.add(count(d.pending()));
    }
    return row;
  }

  /** A row's cells; unlike List.of, a cell may be null (no value). */
  private static List<String> row(String... cells) {
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(cells));
  }

  static String count(long n) {
    return Long.toString(n);
  }

  static String hours(Double hours) {
    return hours == null ? null : String.format(Locale.ROOT, "%.2f", hours);
  }

  static String percent(long part, long whole) {
    return whole == 0 ? null : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
  }

  /** What a chart needs, as the JSON its canvas carries: the labels, one dataset per series column. */
  static Map<String, Object> chartData(DashboardTable table) {
    List<String> labels = table.rows().stream().map(row -> row.getFirst()).toList();
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (int column : table.chart().series()) {
      Map<String, Object> dataset = new LinkedHashMap<>();
      dataset.put("label", table.header().get(column));
      datasets.add(dataset);
      dataset.put("data", table.rows().stream().map(row -> row.get(column) == null ? null : (Object) Double.valueOf(row.get(column)))
          .collect(java.util.stream.Collectors.toList()));
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("type", table.chart().type());
    chart.put("labels", labels);
    chart.put("datasets", datasets);
    chart.put("unit", table.chart().unit());
    return chart;
  }
}
