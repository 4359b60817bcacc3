package io.omnichannel.watchdog;

import java.time.Instant;
import java.util.UUID;

/** One thing the watchdog raised. Open while {@code resolvedAt} is null. */
public record Finding(
    UUID id,
    FindingKind kind,
    UUID subjectId,
    UUID requestId,
    String reference,
    UUID customerId,
    String detail,
    Long processInstanceKey,
    String elementId,
    Instant firstSeenAt,
    Instant lastSeenAt,
    int timesRaised,
    Instant resolvedAt,
    String resolvedBy,
    String resolution) {

  public boolean open() {
    return resolvedAt == null;
  }
}
