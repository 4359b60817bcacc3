package io.omnichannel.console.instances;

import io.omnichannel.console.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class InstancesSections {

  @Bean
  ConsoleSection instancesSection() {
    return new ConsoleSection(40, "Instances", "/staff/console/instances",
        "A request's journey as the engine ran it: its path, every element's times, variables, tasks, incidents; cancel with a reason.");
  }

  @Bean
  ConsoleSection incidentsSection() {
    return new ConsoleSection(50, "Incidents", "/staff/console/incidents",
        "Steps that failed on their last retry, across all journeys; retry exactly the ones you select and see whether it worked.");
  }
}
