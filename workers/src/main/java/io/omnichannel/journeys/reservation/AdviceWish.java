package io.omnichannel.journeys.reservation;

import io.omnichannel.processes.ReservationProcess.Variables;
import io.omnichannel.requests.IntakeInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "I'd like advice when I pick it up": what about and when she plans to come. The store's team
 * prepares it ({@code UserTask_PrepareAdvice}), due {@link #PREPARE_BEFORE} before the visit.
 *
 * @param visitAt within the hold, in the future
 */
public record AdviceWish(String topic, Instant visitAt) {

  static final String WANTED = "adviceWanted";
  static final String TOPIC = "adviceTopic";
  static final String VISIT_AT = "adviceVisitAt";
  static final int MAX_TOPIC_LENGTH = 1000;
  /** How long before the visit the advice is to be prepared. */
  static final Duration PREPARE_BEFORE = Duration.ofHours(1);

  /**
   * Reads the wish from any channel: the box ticked, or a topic or a visit given (nothing given is
   * silently dropped). Both are then required; the visit is a local date and time in the business's
   * time zone ({@code 2026-12-03T15:30}, as a browser sends it) or an ISO-8601 instant with offset.
   *
   * @param holdFor a visit later than this from now is refused: the hold runs at least this long
   * @param errors gets one message per bad field
   * @return empty when no advice is wanted or the wish is invalid
   */
  static Optional<AdviceWish> from(IntakeInput input, Instant now, Duration holdFor, ZoneId zone, Map<String, String> errors) {
    String wanted = input.field(WANTED);
    String topic = input.field(TOPIC);
    String visit = input.field(VISIT_AT);
    boolean ticked = wanted != null && !wanted.equalsIgnoreCase("false") && !wanted.equalsIgnoreCase("no");
    if (!ticked && topic == null && visit == null) {
      return Optional.empty();
    }
    int before = errors.size();
    if (topic == null) {
      errors.putIfAbsent(TOPIC, "Please say in a few words what the customer would like advice about.");
    } else if (topic.length() > MAX_TOPIC_LENGTH) {
      errors.putIfAbsent(TOPIC, "Please describe the advice in at most " + MAX_TOPIC_LENGTH + " characters.");
    }
    Instant visitAt = null;
    if (visit == null) {
      errors.putIfAbsent(VISIT_AT, "Please give the day and time the customer plans to come to the store.");
    } else {
      visitAt = parse(visit, zone);
      if (visitAt == null) {
        errors.putIfAbsent(VISIT_AT, "Please give the visit as a date and time, e.g. 2026-12-03T15:30.");
      } else if (!visitAt.isAfter(now)) {
        errors.putIfAbsent(VISIT_AT, "The visit must be in the future.");
      } else if (visitAt.isAfter(now.plus(holdFor))) {
        errors.putIfAbsent(VISIT_AT, "The piece is held for " + holdFor.toDays() + " days: please plan the visit within that time.");
      }
    }
    return errors.size() == before ? Optional.of(new AdviceWish(topic, visitAt)) : Optional.empty();
  }

  private static Instant parse(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeParseException notLocal) {
        return null;
      }
    }
  }

  Instant prepareBy() {
    return visitAt.minus(PREPARE_BEFORE);
  }

  /** What the start message carries for the model's gateway and the task's due date (ISO-8601 with offset). */
  static Map<String, Object> startVariables(Optional<AdviceWish> wish, ZoneId zone) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.ADVICE_WANTED, wish.isPresent());
    wish.ifPresent(w -> {
      variables.put(Variables.ADVICE_VISIT_AT, OffsetDateTime.ofInstant(w.visitAt(), zone).toString());
      variables.put(Variables.ADVICE_DUE_AT, OffsetDateTime.ofInstant(w.prepareBy(), zone).toString());
    });
    return variables;
  }
}
