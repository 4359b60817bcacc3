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
  static final String TYPE_RESERVATION = "RESERVATION";
  static final String CHANNEL_WEB = "WEB";
  static final String CHANNEL_EMAIL = "EMAIL";

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

  @Column(name = "open_question")
  private String openQuestion;

  private String subject;

  @Column(name = "callback_phone")
  private String callbackPhone;

  @Column(name = "callback_window")
  private String callbackWindow;

  @Column(name = "store_id")
  private String storeId;

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
    this(id, reference, trackingToken, customerId, submission, expectedBy, now, CHANNEL_WEB);
  }

  ServiceRequest(
      UUID id,
      String reference,
      String trackingToken,
      UUID customerId,
      ManualRequestSubmission submission,
      Instant expectedBy,
      Instant now,
      String channel) {
    this.id = id;
    this.reference = reference;
    this.trackingToken = trackingToken;
    this.type = TYPE_MANUAL_REQUEST;
    this.channel = channel;
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

  /** A general question, complaint or callback wish (customer-request process). */
  static ServiceRequest customerRequest(
      UUID id,
      String reference,
      String trackingToken,
      UUID customerId,
      CustomerRequestSubmission submission,
      Instant expectedBy,
      Instant now,
      String channel) {
    var request =
        received(id, reference, trackingToken, submission.type().name(), channel, customerId, submission.name(), submission.email(),
            submission.customerNumber(), expectedBy, submission.idempotencyKey(), now);
    request.orderNumber = blankToNull(submission.orderNumber());
    request.subject = blankToNull(submission.subject());
    request.message = blankToNull(submission.message());
    request.callbackPhone = blankToNull(submission.phone());
    request.callbackWindow = blankToNull(submission.callbackWindow());
    return request;
  }

  /** A reservation of one piece of {@code typeNumber} at a store (reservation process). */
  static ServiceRequest reservation(
      UUID id,
      String reference,
      String trackingToken,
      UUID customerId,
      ReservationSubmission submission,
      Instant expectedBy,
      Instant now,
      String channel) {
    var request =
        received(id, reference, trackingToken, TYPE_RESERVATION, channel, customerId, submission.name(), submission.email(),
            submission.customerNumber(), expectedBy, submission.idempotencyKey(), now);
    request.typeNumber = submission.typeNumber();
    request.storeId = submission.storeId();
    return request;
  }

  /** What every new request has, whichever its type. */
  private static ServiceRequest received(
      UUID id,
      String reference,
      String trackingToken,
      String type,
      String channel,
      UUID customerId,
      String name,
      String email,
      String customerNumber,
      Instant expectedBy,
      String idempotencyKey,
      Instant now) {
    var request = new ServiceRequest();
    request.id = id;
    request.reference = reference;
    request.trackingToken = trackingToken;
    request.type = type;
    request.channel = channel;
    request.status = RequestStatus.RECEIVED;
    request.customerId = customerId;
    request.contactName = name.strip();
    request.contactEmail = email.strip();
    request.customerNumber = blankToNull(customerNumber);
    request.expectedBy = expectedBy;
    request.idempotencyKey = blankToNull(idempotencyKey);
    request.createdAt = now;
    request.updatedAt = now;
    return request;
  }

  /** What the request is about, as the customer reads it: "your request for the manual of KM-5500", "your complaint". */
  String inWords() {
    if (TYPE_MANUAL_REQUEST.equals(type)) {
      return "your request for the manual of " + typeNumber;
    }
    if (TYPE_RESERVATION.equals(type)) {
      return "your reservation of " + typeNumber;
    }
    return CustomerRequestType.valueOf(type).inWords();
  }

  /** What we promise to do by the expected time: "answer", "call you on … (…)", "confirm that the store has set it aside". */
  String promiseInWords() {
    if (CustomerRequestType.CALLBACK.name().equals(type)) {
      return "call you on " + callbackPhone + " (" + CallbackWindow.labelOf(callbackWindow) + ")";
    }
    if (TYPE_RESERVATION.equals(type)) {
      return "confirm that the store has set it aside";
    }
    return "answer";
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
  String openQuestion() { return openQuestion; }
  String subject() { return subject; }
  String callbackPhone() { return callbackPhone; }
  String callbackWindow() { return callbackWindow; }
  String storeId() { return storeId; }
}
