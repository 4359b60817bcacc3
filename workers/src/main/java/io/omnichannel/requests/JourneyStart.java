package io.omnichannel.requests;

import java.util.Map;

/**
 * How a new request's journey starts: the start message of its model and what the journey adds to
 * the process variables the ledger always sets ({@code requestId}, {@code reference}, {@code requestType}).
 */
public record JourneyStart(String message, Map<String, ?> variables) {

  public JourneyStart {
    variables = Map.copyOf(variables);
  }

  public static JourneyStart of(String message) {
    return new JourneyStart(message, Map.of());
  }
}
