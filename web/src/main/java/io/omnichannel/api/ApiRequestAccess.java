package io.omnichannel.api;

import io.omnichannel.integrations.Integration;
import io.omnichannel.requests.RequestTracking;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which requests an integration reaches by reference: those it submitted, or all when it was
 * granted them. Another's request answers exactly like an unknown one, so references, which are
 * sequential, tell an integration nothing about requests that are not its own.
 */
@Component
class ApiRequestAccess {

  private final RequestTracking tracking;

  ApiRequestAccess(RequestTracking tracking) {
    this.tracking = tracking;
  }

  /** @return the request's id; 404 ({@link UnknownRequestException}) for an unknown request or one the integration may not reach */
  UUID require(Integration integration, String reference) {
    return tracking
        .originOf(reference)
        .filter(origin -> integration.mayAccessRequestOf(origin.submittedThrough()))
        .map(RequestTracking.RequestOrigin::requestId)
        .orElseThrow(() -> new UnknownRequestException(reference));
  }
}
