package io.omnichannel.tasks;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the task list learns about the request behind a task. The request ledger provides it; the
 * task list copies the facts onto the task when it mirrors it, so listing never joins the ledger.
 */
public interface RequestFactsLookup {

  /** What the list filters on; empty for an unknown request. */
  Optional<RequestFacts> factsOf(UUID requestId);

  /** Whom a reply from the task goes to, and what its template may name; empty for an unknown request. */
  Optional<RequestContact> contactOf(UUID requestId);

  /** @param typeNumber the product the request is about; may be null */
  record RequestContact(String customerName, String customerEmail, String reference, String typeNumber) {}
}
