package io.omnichannel.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import java.time.Instant;
import java.util.UUID;

/** A request in the ledger: what the customer asked, and where it stands. */
@Entity
@Table(name = "service_requests")
class ServiceRequest implements Persistable<UUID> {

  static final String TYPE_MANUAL_REQUEST = "MANUAL_REQUEST";
  static final String CHANNEL_WEB = "WEB";

  @Id private UUID id;
  private String reference;

  @Column(name = "tracking_token")
  private String trackingToken;

  private String type;
  private String channel;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "customer_number")
  private String customerNumber;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "type_number")
  private String typeNumber;

  private String message;

  @Column(name = "expected_by")
  private Instant expectedBy;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  private String resolution;

  // the id is chosen before saving (reference, attachments and outbox need it), so JPA cannot tell new from old
  @Transient private boolean isNew = true;

  protected ServiceRequest() {}

  ServiceRequest(
      UUID id,
      String reference,
      String trackingToken,
      UUID customerId,
      ManualRequestSubmission submission,
      Instant expectedBy,
      Instant now) {
    this.id = id;
    this.reference = reference;
    this.trackingToken = trackingToken;
    this.type = TYPE_MANUAL_REQUEST;
    this.channel = CHANNEL_WEB;
    this.status = RequestStatus.RECEIVED;
    this.customerId = customerId;
    this.contactName = submission.name().strip();
    this.contactEmail = submission.email().strip();
    this.customerNumber = blankToNull(submission.customerNumber());
    this.orderNumber = blankToNull(submission.orderNumber());
    this.typeNumber = submission.typeNumber().strip();
    this.message = blankToNull(submission.message());
    this.expectedBy = expectedBy;
    this.idempotencyKey = blankToNull(submission.idempotencyKey());
    this.createdAt = now;
    this.updatedAt = now;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** @return whether the status changed (a redelivered job finds it changed already) */
  boolean startWork(Instant now) {
    if (status != RequestStatus.RECEIVED && status != RequestStatus.WAITING_FOR_STAFF) {
      return false;
    }
    return moveTo(RequestStatus.IN_PROGRESS, now);
  }

  boolean waitForStaff(Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    return moveTo(RequestStatus.WAITING_FOR_STAFF, now);
  }

  boolean resolve(String resolution, Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    this.resolution = resolution;
    return moveTo(RequestStatus.RESOLVED, now);
  }

  boolean close(Instant now) {
    if (status == RequestStatus.CLOSED) {
      return false;
    }
    closedAt = now;
    return moveTo(RequestStatus.CLOSED, now);
  }

  private boolean moveTo(RequestStatus next, Instant now) {
    boolean changed = status != next;
    status = next;
    updatedAt = now;
    return changed;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void markPersisted() {
    isNew = false;
  }

  UUID id() { return id; }
  String reference() { return reference; }
  String trackingToken() { return trackingToken; }
  String type() { return type; }
  String channel() { return channel; }
  RequestStatus status() { return status; }
  UUID customerId() { return customerId; }
  String contactName() { return contactName; }
  String contactEmail() { return contactEmail; }
  String customerNumber() { return customerNumber; }
  String orderNumber() { return orderNumber; }
  String typeNumber() { return typeNumber; }
  String message() { return message; }
  Instant expectedBy() { return expectedBy; }
  String idempotencyKey() { return idempotencyKey; }
  Instant createdAt() { return createdAt; }
  Instant updatedAt() { return updatedAt; }
  Instant closedAt() { return closedAt; }
  String resolution() { return resolution; }
}
