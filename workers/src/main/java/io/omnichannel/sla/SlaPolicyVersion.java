package io.omnichannel.sla;

import java.time.Instant;

/**
 * One version of an SLA policy: the values in effect for requests submitted from {@code effectiveFrom}
 * until the next version's. {@code id} is what the plan-sla worker hands the model as {@code
 * slaPolicyVersion}, so an open task knows the version it runs under.
 *
 * @param changedBy who made the change in the console; null for versions written by the system
 */
public record SlaPolicyVersion(long id, int version, Instant effectiveFrom, String changedBy, SlaPolicy policy) {}
