package io.omnichannel.requests;

import java.util.Map;

/**
 * How a new request's journey starts: the start message of its model and what the journey adds to
 * the process variables the ledger always sets ({@code requestId}, {@code reference}, {@code requestType}).
 *
 * @param repeatedMessage null, or: the type keeps one open case per customer; a submission of a
 *     customer whose request of this type is open joins that request as a repeated contact instead,
 *     and its process gets this message (correlated by the reference, variable {@code repeatedContacts})
 */
public record JourneyStart(String message, Map<String, ?> variables, String repeatedMessage) {

  public JourneyStart {
    variables = Map.copyOf(variables);
  }

  public JourneyStart(String message, Map<String, ?> variables) {
    this(message, variables, null);
  }

  public static JourneyStart of(String message) {
    return new JourneyStart(message, Map.of());
  }

  /** One open case per customer: see {@link #repeatedMessage()}. */
  public static JourneyStart oneOpenCase(String message, Map<String, ?> variables, String repeatedMessage) {
    return new JourneyStart(message, variables, java.util.Objects.requireNonNull(repeatedMessage));
  }
}
