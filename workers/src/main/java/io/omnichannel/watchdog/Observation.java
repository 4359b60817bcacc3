package io.omnichannel.watchdog;

import java.util.UUID;

/** Something found in one sweep (or by a failing job), before it is a stored {@link Finding}. */
record Observation(
    FindingKind kind, UUID subjectId, UUID requestId, String reference, String detail, Long processInstanceKey, String elementId) {

  static Observation aboutRequest(FindingKind kind, UUID requestId, String reference, String detail) {
    return new Observation(kind, requestId, requestId, reference, detail, null, null);
  }
}
