package io.omnichannel.journeys.reservation;

import io.omnichannel.processes.ReservationProcess.Variables;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/** When the hold ends and when the customer is reminded, as the model's timers read them (ISO-8601 with offset). */
record PickupPlan(Instant holdUntil, Instant reminderAt, ZoneId zone) {

  Map<String, Object> toVariables() {
    return Map.of(
        Variables.HOLD_UNTIL, OffsetDateTime.ofInstant(holdUntil, zone).toString(),
        Variables.PICKUP_REMINDER_AT, OffsetDateTime.ofInstant(reminderAt, zone).toString());
  }
}
