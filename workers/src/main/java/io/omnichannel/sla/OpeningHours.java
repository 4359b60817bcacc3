package io.omnichannel.sla;

import java.time.LocalTime;
import java.util.Objects;

/** One opening interval of a day, in the calendar's local time; closes is exclusive. */
public record OpeningHours(LocalTime opens, LocalTime closes) {

  public OpeningHours {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("opening hours must open before they close: " + opens + "–" + closes);
    }
  }

  public static OpeningHours of(String opens, String closes) {
    return new OpeningHours(LocalTime.parse(opens), LocalTime.parse(closes));
  }
}
