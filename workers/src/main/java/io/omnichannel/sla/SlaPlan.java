package io.omnichannel.sla;

import java.time.Instant;

/** The deadlines of one step: a reminder goes out at {@code reminderAt}, the step is late after {@code dueAt}. */
public record SlaPlan(Instant dueAt, Instant reminderAt) {}
