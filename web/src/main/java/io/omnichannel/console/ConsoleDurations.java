package io.omnichannel.console;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** Durations on console pages in the two largest units that matter: "3 d 4 h", "2 h 5 min", "45 s". */
@Component("consoleDurations")
public class ConsoleDurations {

  public String readable(Duration duration) {
    if (duration == null) {
      return "—";
    }
    Duration d = duration.isNegative() ? Duration.ZERO : duration;
    if (d.toDays() > 0) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
    return d.toSecondsPart() + (d.toMillisPart() >= 500 ? 1 : 0) + " s";
  }
}
