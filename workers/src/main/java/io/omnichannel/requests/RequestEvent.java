package io.omnichannel.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a request's history. */
@Entity
@Table(name = "request_events")
class RequestEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "request_id")
  private UUID requestId;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String kind;
  private String summary;

  @Column(name = "customer_visible")
  private boolean customerVisible;

  private String actor;

  protected RequestEvent() {}

  RequestEvent(UUID requestId, Instant occurredAt, String kind, String summary, boolean customerVisible, String actor) {
    this.requestId = requestId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.summary = summary;
    this.customerVisible = customerVisible;
    this.actor = actor;
  }

  TimelineEntry entry() {
    return new TimelineEntry(occurredAt, kind, summary, customerVisible, actor);
  }
}
