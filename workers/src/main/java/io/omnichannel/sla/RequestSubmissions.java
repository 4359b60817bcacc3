package io.omnichannel.sla;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * When a request was submitted, so that a step is planned on the SLA policy version in effect then
 * (a policy change applies to requests submitted afterwards). The request ledger answers it.
 */
public interface RequestSubmissions {

  /** @return empty when no request with that id is known */
  Optional<Instant> submittedAt(UUID requestId);
}
