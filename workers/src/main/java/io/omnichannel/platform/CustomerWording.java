package io.omnichannel.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Instants in the words and time zone of our customers, e.g. "Friday 28 November, 17:00". */
@Component("customerWording")
public class CustomerWording {

  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final OrchestratorProperties properties;

  CustomerWording(OrchestratorProperties properties) {
    this.properties = properties;
  }

  public String dayAndTime(Instant instant) {
    return DAY_AND_TIME.format(instant.atZone(properties.timeZone()));
  }

  /** With the year, for staff mails about deadlines. */
  public String dayAndTimeWithYear(Instant instant) {
    return FULL.format(instant.atZone(properties.timeZone()));
  }

  /** The calendar year of the instant in the business's time zone (a reference carries it). */
  public int year(Instant instant) {
    return instant.atZone(properties.timeZone()).getYear();
  }
}
