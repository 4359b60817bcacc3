package io.omnichannel.console.dashboard;

import io.omnichannel.console.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's entry on the console's start page. */
@Configuration(proxyBeanMethods = false)
class DashboardSection {

  @Bean
  ConsoleSection customerExperienceDashboard() {
    return new ConsoleSection(
        50, "What customers experience", DashboardController.PATH,
        "Volume by channel, type and team; first response and resolution time; SLA attainment; backlog by age; reopen rate;"
            + " satisfaction. With the definitions, a period picker and CSV export.");
  }
}
