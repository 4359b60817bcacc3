package io.omnichannel.requests;

import java.time.Instant;

public record TimelineEntry(Instant occurredAt, String kind, String summary, boolean customerVisible, String actor) {}
