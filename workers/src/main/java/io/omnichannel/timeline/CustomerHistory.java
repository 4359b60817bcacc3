package io.omnichannel.timeline;

import java.util.List;
import java.util.UUID;

/** The latest part of a customer's timeline, as shown next to one request or task. */
public record CustomerHistory(UUID customerId, String customerName, int total, List<TimelineItem> latest) {}
