package io.omnichannel.requests;

import java.util.UUID;

/** Appends to a request's history, which staff (and, where customer-visible, the customer) see. */
public interface RequestTimeline {

  /**
   * @param kind a short machine-readable kind, e.g. {@code ACKNOWLEDGED}, {@code TASK_CREATED}
   * @param actor {@code system}, a staff username or {@code customer}
   */
  void record(UUID requestId, String kind, String summary, boolean customerVisible, String actor);
}
