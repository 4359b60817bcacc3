package io.omnichannel.sla;

import java.time.Instant;

/** The honest answer to "when will I have it?", computed on the business calendar. */
public interface ExpectedResolution {

  /** When a request of this type, received at {@code receivedAt}, is expected to be resolved at the latest. */
  Instant expectedBy(String requestType, Instant receivedAt);
}
