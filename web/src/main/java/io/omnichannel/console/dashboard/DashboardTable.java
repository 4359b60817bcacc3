package io.omnichannel.console.dashboard;

import java.util.List;

/**
 * One table of the dashboard, as the page shows it, the chart draws it and the CSV exports it.
 *
 * @param name its name in the CSV's path, e.g. {@code volume-channel}
 * @param rows cells as text; null for "no value" (— on the page, empty in the CSV)
 * @param chart how the chart above the table draws it, or null for a table without a chart
 */
record DashboardTable(String name, String title, List<String> header, List<List<String>> rows, Chart chart) {

  /**
   * @param type a Chart.js type: bar, line
   * @param series the columns drawn, by index into the header; the first column labels the x axis
   * @param unit what the values are, for the axis title
   */
  record Chart(String type, List<Integer> series, String unit) {}
}
