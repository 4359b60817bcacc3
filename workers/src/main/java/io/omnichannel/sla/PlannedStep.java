package io.omnichannel.sla;

import java.time.Instant;

/**
 * A step planned on one version of its SLA policy: its deadlines and the instant the process owners
 * are told (the ladder's second escalation, in the models that have it).
 */
public record PlannedStep(SlaPolicyVersion version, SlaPlan plan, Instant processOwnersAt) {}
