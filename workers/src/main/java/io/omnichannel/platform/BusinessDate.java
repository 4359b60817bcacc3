package io.omnichannel.platform;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today as the business counts days, in its time zone: whether someone is absent today, say. */
@Component
public class BusinessDate {

  private final Clock clock;
  private final OrchestratorProperties properties;

  BusinessDate(Clock clock, OrchestratorProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), properties.timeZone());
  }
}
