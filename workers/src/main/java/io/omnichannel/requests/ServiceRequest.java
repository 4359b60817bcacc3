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

  @Id private UUID id;
  private String reference;

  @Column(name = "tracking_token")
  private String trackingToken;

  private String type;
  private String channel;

  @Column(name = "submitted_through")
  private String submittedThrough;

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

  @Column(name = "open_question")
  private String openQuestion;

  private String subject;

  // the id is chosen before saving (reference, attachments and outbox need it), so JPA cannot tell new from old
  @Transient private boolean isNew = true;

  protected ServiceRequest() {}

  /** A new request of any type, as the intake received it. */
  static ServiceRequest received(
      UUID id, String reference, String trackingToken, NewRequest submitted, String channel, UUID customerId, Instant expectedBy, Instant now) {
    var request = new ServiceRequest();
    request.id = id;
    request.reference = reference;
    request.trackingToken = trackingToken;
    request.type = submitted.type();
    request.channel = channel;
    request.status = RequestStatus.RECEIVED;
    request.customerId = customerId;
    request.contactName = submitted.name();
    request.contactEmail = submitted.email();
    request.customerNumber = submitted.customerNumber();
    request.orderNumber = submitted.orderNumber();
    request.typeNumber = submitted.typeNumber();
    request.subject = submitted.subject();
    request.message = submitted.message();
    request.expectedBy = expectedBy;
    request.idempotencyKey = submitted.idempotencyKey();
    request.createdAt = now;
    request.updatedAt = now;
    return request;
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

  /** @return whether the request now waits for the customer (a redelivered job finds it waiting already) */
  boolean askCustomer(String question, Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    this.openQuestion = question;
    return moveTo(RequestStatus.WAITING_FOR_CUSTOMER, now);
  }

  /** @return whether the request now waits for the customer to pick up her reservation */
  boolean waitForPickup(Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    return moveTo(RequestStatus.WAITING_FOR_PICKUP, now);
  }

  boolean deliver(Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    return moveTo(RequestStatus.IN_DELIVERY, now);
  }

  /** @return whether the request was waiting for this answer; a second answer changes nothing */
  boolean customerAnswered(Instant now) {
    if (status != RequestStatus.WAITING_FOR_CUSTOMER) {
      return false;
    }
    this.openQuestion = null;
    return moveTo(RequestStatus.IN_PROGRESS, now);
  }

  boolean resolve(String resolution, Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    this.resolution = resolution;
    return moveTo(RequestStatus.RESOLVED, now);
  }

  /** The answer is on its way; it counts once delivered ({@link #answerDelivered}). */
  boolean answerQueued(String resolution, Instant now) {
    if (!status.isOpen()) {
      return false;
    }
    this.resolution = resolution;
    return moveTo(RequestStatus.DELIVERING_ANSWER, now);
  }

  /** @return whether the request was waiting for this delivery; a second report changes nothing */
  boolean answerDelivered(Instant now) {
    if (status != RequestStatus.DELIVERING_ANSWER) {
      return false;
    }
    return moveTo(RequestStatus.RESOLVED, now);
  }

  /** The integration that submitted it through the API; set once. */
  void submittedThrough(String integration) {
    if (submittedThrough == null) {
      submittedThrough = integration;
    }
  }

  String submittedThrough() {
    return submittedThrough;
  }

  boolean close(Instant now) {
    if (status == RequestStatus.CLOSED) {
      return false;
    }
    closedAt = now;
    return moveTo(RequestStatus.CLOSED, now);
  }

  /** @return whether the request was done (resolved or closed) and waits for staff again */
  boolean reopen(Instant now) {
    if (status.isOpen()) {
      return false;
    }
    closedAt = null;
    return moveTo(RequestStatus.WAITING_FOR_STAFF, now);
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
  String openQuestion() { return openQuestion; }
  String subject() { return subject; }
}
