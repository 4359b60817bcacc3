package io.omnichannel.requests;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The request timeline in the ledger, written in the caller's transaction. */
@Service
public class RequestHistory implements RequestTimeline {

  private final RequestEventRepository events;
  private final Clock clock;

  RequestHistory(RequestEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(UUID requestId, String kind, String summary, boolean customerVisible, String actor) {
    events.save(new RequestEvent(requestId, clock.instant(), kind, summary, customerVisible, actor));
  }

  /**
   * Records the entry unless one of the same kind exists: for steps that happen once per request,
   * so a job delivered twice leaves one entry.
   */
  @Transactional
  public void recordOnce(UUID requestId, String kind, String summary, boolean customerVisible, String actor) {
    if (!events.existsByRequestIdAndKind(requestId, kind)) {
      record(requestId, kind, summary, customerVisible, actor);
    }
  }

  /** Whether an entry of this kind is in the request's history. */
  @Transactional(readOnly = true)
  public boolean has(UUID requestId, String kind) {
    return events.existsByRequestIdAndKind(requestId, kind);
  }
}
