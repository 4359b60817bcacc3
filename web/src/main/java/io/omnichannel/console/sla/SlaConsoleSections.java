package io.omnichannel.console.sla;

import io.omnichannel.console.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SLA policies' and the business calendars' places on the console's start page. */
@Configuration(proxyBeanMethods = false)
class SlaConsoleSections {

  @Bean
  ConsoleSection slaPoliciesSection() {
    return new ConsoleSection(
        40, "SLA policies", SlaPolicyController.PATH,
        "Business time per request type and step, the reminder and who is told when; a change applies to requests submitted afterwards.");
  }

  @Bean
  ConsoleSection calendarsSection() {
    return new ConsoleSection(
        41, "Business calendars", CalendarController.PATH,
        "Opening hours per weekday, holidays, one-off closures and the time zone on which SLAs count.");
  }
}
