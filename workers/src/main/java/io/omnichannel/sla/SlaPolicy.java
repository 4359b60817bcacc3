package io.omnichannel.sla;

import java.time.Duration;

/** How much business time a step of a request type may take, on which calendar. Edited by process owners. */
public record SlaPolicy(
    String requestType, String step, String calendarId, int businessMinutes, int reminderAtPercent) {

  /** The whole request, from receipt to resolution: what the customer is promised. */
  public static final String RESOLUTION = "RESOLUTION";

  /** A staff review task. */
  public static final String REVIEW = "REVIEW";

  public Duration businessTime() {
    return Duration.ofMinutes(businessMinutes);
  }

  public Duration businessTimeUntilReminder() {
    return Duration.ofSeconds(businessTime().toSeconds() * reminderAtPercent / 100);
  }
}
