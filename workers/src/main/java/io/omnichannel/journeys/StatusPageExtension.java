package io.omnichannel.journeys;

import io.omnichannel.requests.RequestSummary;
import java.util.Map;
import java.util.Optional;

/**
 * What a journey adds to the customer's status page beyond the generic parts (status, steps,
 * question, history): the pickup code and a cancel button, say. Its buttons post to
 * {@code /track/{token}/actions/{action}}.
 */
public interface StatusPageExtension {

  /** The Thymeleaf fragment, e.g. {@code journeys/reservation/status :: panel}; it reads {@code token} and what {@link #model} returns. */
  String fragment();

  /** What the fragment shows for this request now. */
  Map<String, Object> model(RequestSummary request);

  /**
   * Carries out the customer's action from the page; a second click changes nothing.
   *
   * @return the notice to show her, or empty for an action the journey does not know
   */
  Optional<String> act(String action, RequestSummary request);
}
