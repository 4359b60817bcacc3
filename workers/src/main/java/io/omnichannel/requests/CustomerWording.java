package io.omnichannel.requests;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Instants in the words and time zone of our customers, e.g. "Friday 28 November, 17:00". */
@Component
public class CustomerWording {

  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

  private final ZoneId zone;

  CustomerWording(@Value("${orchestrator.time-zone:Europe/Berlin}") ZoneId zone) {
    this.zone = zone;
  }

  public String dayAndTime(Instant instant) {
    return DAY_AND_TIME.format(instant.atZone(zone));
  }

  int year(Instant instant) {
    return instant.atZone(zone).getYear();
  }
}
