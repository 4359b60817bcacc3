package io.omnichannel.audit;

import java.time.Instant;
import java.util.Map;

/** One change made from the console: who did what to which subject, with its details. */
public record AuditEntry(
    long id, Instant at, String username, String area, String subject, String action, Map<String, Object> detail) {}
