package io.omnichannel.sla;

import java.time.Duration;

/**
 * How much business time a step of a request type may take, on which calendar, and when its ladder's
 * rungs are climbed: the team is reminded at {@code reminderAtPercent} of the business time, the team
 * lead is told at the due time (100 %), the process owners at {@code processOwnersAtPercent} (in the
 * models that have that rung: complaints). Edited by process owners; every change is a new {@link
 * SlaPolicyVersion}.
 */
public record SlaPolicy(
    String requestType,
    String step,
    String calendarId,
    int businessMinutes,
    int reminderAtPercent,
    int processOwnersAtPercent) {

  /** The whole request, from receipt to resolution: what the customer is promised. */
  public static final String RESOLUTION = "RESOLUTION";

  /** A staff review task. */
  public static final String REVIEW = "REVIEW";

  /** Process owners hear of a complaint still open at twice its SLA, unless a policy says otherwise. */
  public static final int DEFAULT_PROCESS_OWNERS_AT_PERCENT = 200;

  public SlaPolicy(String requestType, String step, String calendarId, int businessMinutes, int reminderAtPercent) {
    this(requestType, step, calendarId, businessMinutes, reminderAtPercent, DEFAULT_PROCESS_OWNERS_AT_PERCENT);
  }

  public Duration businessTime() {
    return Duration.ofMinutes(businessMinutes);
  }

  public Duration businessTimeUntilReminder() {
    return Duration.ofSeconds(businessTime().toSeconds() * reminderAtPercent / 100);
  }

  /** The business time after which the process owners are told (the second escalation). */
  public Duration businessTimeUntilProcessOwners() {
    return Duration.ofSeconds(businessTime().toSeconds() * processOwnersAtPercent / 100);
  }

  /** The business time as people say it, e.g. {@code 8 h}, {@code 1 h 30 min}, {@code 45 min}. */
  public String businessTimeInWords() {
    int hours = businessMinutes / 60;
    int minutes = businessMinutes % 60;
    if (hours == 0) {
      return minutes + " min";
    }
    return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
  }

  /** The same values with the policy's identity: for comparing what a change changes. */
  boolean sameValuesAs(SlaPolicy other) {
    return calendarId.equals(other.calendarId)
        && businessMinutes == other.businessMinutes
        && reminderAtPercent == other.reminderAtPercent
        && processOwnersAtPercent == other.processOwnersAtPercent;
  }
}
