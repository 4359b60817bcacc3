package io.omnichannel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.experience.CustomerExperience;
import org.junit.jupiter.api.Test;

/** Runs the dashboard benchmark on a small history so it cannot rot; it asserts what it read, never how fast. */
class DashboardQueryBenchmarkSmokeTest {

  @Test
  void fillsAYearOfHistoryAndTimesEveryFigureInBothPeriods() throws Exception {
    var result = DashboardQueryBenchmark.run(DashboardQueryBenchmark.Settings.parse(new String[] {"--requests=5000", "--runs=1"}));

    assertThat(result.rows()).containsEntry("service_requests", 5000L).containsEntry("user_tasks", 5000L);
    // an acknowledgement for each request, a reply for 19 in 20 (those not yet due are left out)
    assertThat(result.rows().get("mail_outbox")).isBetween(9000L, 9750L);
    // the year holds (nearly) every request, spread over all channels and types, and closed ones are measured
    assertThat(result.year().requests()).isBetween(4990L, 5000L);
    assertThat(result.year().byChannel()).hasSize(6);
    assertThat(result.year().byTeam()).hasSize(8);
    assertThat(result.year().resolutionOverall().count()).isGreaterThan(4500);
    assertThat(result.year().firstResponseOverall().medianHours()).isPositive();
    assertThat(result.year().satisfaction().count()).isPositive();
    assertThat(result.timings()).hasSize(2 * (CustomerExperience.FIGURES.size() + 2));
    assertThat(result.report()).contains("first-response", "whole report", "warm ×base");
  }
}
