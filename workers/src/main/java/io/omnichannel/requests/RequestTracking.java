package io.omnichannel.requests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the ledger: the customer's tracking page and the staff view of a request. */
@Service
@Transactional(readOnly = true)
public class RequestTracking {

  private final ServiceRequestRepository requests;
  private final RequestAttachmentRepository attachments;
  private final RequestEventRepository events;

  private final RepeatedContacts contacts;

  RequestTracking(
      ServiceRequestRepository requests, RequestAttachmentRepository attachments, RequestEventRepository events, RepeatedContacts contacts) {
    this.requests = requests;
    this.attachments = attachments;
    this.events = events;
    this.contacts = contacts;
  }

  /** The customer view; empty for an unknown token (the web layer answers 404, never "forbidden"). */
  public Optional<TrackedRequest> findByTrackingToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return requests.findByTrackingToken(token).map(this::tracked);
  }

  /** Staff's question the customer has not answered yet; empty when the request does not wait for her. */
  public Optional<String> openQuestionByTrackingToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return requests
        .findByTrackingToken(token)
        .filter(r -> r.status() == RequestStatus.WAITING_FOR_CUSTOMER)
        .map(ServiceRequest::openQuestion);
  }

  /** The staff view. */
  public Optional<RequestDetails> findById(UUID requestId) {
    return requests.findById(requestId).map(this::details);
  }

  /** A customer's requests, newest first, as staff read them (e.g. on her counter view). */
  public List<RequestDetails> ofCustomer(UUID customerId) {
    return requests.findByCustomerIdOrderByCreatedAtDesc(customerId).stream().map(this::details).toList();
  }

  public Optional<RequestDetails> findByReference(String reference) {
    return requests.findByReference(reference).map(this::details);
  }

  /** Who may see a request through the API: its id and the integration that submitted it (null for other channels). */
  public record RequestOrigin(UUID requestId, String submittedThrough) {}

  public Optional<RequestOrigin> originOf(String reference) {
    return requests.findByReference(reference).map(r -> new RequestOrigin(r.id(), r.submittedThrough()));
  }

  /** The request's status alone, without reading its history and attachments. */
  public Optional<RequestStatus> statusOf(String reference) {
    return requests.findByReference(reference).map(ServiceRequest::status);
  }

  /** An attachment of this request with its bytes; empty when the id belongs to another request. */
  public Optional<AttachmentFile> attachment(UUID requestId, UUID attachmentId) {
    return attachments.findById(attachmentId).filter(a -> a.requestId().equals(requestId)).map(RequestAttachment::file);
  }

  /** What a request is about and who asked, in one read without its history and attachments. */
  public Optional<RequestSummary> summaryOf(UUID requestId) {
    return requests.findById(requestId).map(RequestTracking::summary);
  }

  /** The same, by the secret of the customer's tracking link. */
  public Optional<RequestSummary> summaryByTrackingToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return requests.findByTrackingToken(token).map(RequestTracking::summary);
  }

  /** The customer's contacts about the request (types with one open case per customer), first to last. */
  public List<RequestContact> contactsOf(UUID requestId) {
    return contacts.of(requestId);
  }

  /** The open requests of a type whose promised time has passed, the longest overdue first (a daily digest reads them). */
  public List<RequestSummary> overdue(String type, java.time.Instant now) {
    return requests.openOfTypeExpectedBefore(type, now).stream().map(RequestTracking::summary).toList();
  }

  /** The request's files without their bytes, oldest first. */
  public List<RequestDetails.Attachment> attachmentsOf(UUID requestId) {
    return attachments.findByRequestIdOrderByCreatedAtAsc(requestId).stream().map(RequestAttachment::metadata).toList();
  }

  /** The request's summary, for the workers of its journey; a request they were started for must exist. */
  public RequestSummary summary(UUID requestId) {
    return summaryOf(requestId).orElseThrow(() -> RequestLedger.unknown(requestId));
  }

  private static RequestSummary summary(ServiceRequest r) {
    return new RequestSummary(
        r.id(), r.reference(), r.trackingToken(), r.type(), r.channel(), r.status(), r.customerId(), r.contactName(),
        r.contactEmail(), r.customerNumber(), r.orderNumber(), r.typeNumber(), r.subject(), r.expectedBy(), r.closedAt());
  }

  private TrackedRequest tracked(ServiceRequest request) {
    return new TrackedRequest(
        request.reference(),
        request.type(),
        request.status(),
        request.contactName(),
        request.createdAt(),
        request.expectedBy(),
        request.closedAt(),
        events.findByRequestIdAndCustomerVisibleTrueOrderByOccurredAtAscSeqAsc(request.id()).stream()
            .map(RequestEvent::entry)
            .map(e -> new TrackedRequest.Event(e.occurredAt(), e.kind(), e.summary()))
            .toList());
  }

  private RequestDetails details(ServiceRequest request) {
    return new RequestDetails(
        request.id(),
        request.reference(),
        request.type(),
        request.channel(),
        request.status(),
        request.customerId(),
        request.contactName(),
        request.contactEmail(),
        request.customerNumber(),
        request.orderNumber(),
        request.typeNumber(),
        request.message(),
        request.createdAt(),
        request.updatedAt(),
        request.expectedBy(),
        request.closedAt(),
        request.resolution(),
        attachments.findByRequestIdOrderByCreatedAtAsc(request.id()).stream().map(RequestAttachment::metadata).toList(),
        events.findByRequestIdOrderByOccurredAtAscSeqAsc(request.id()).stream().map(RequestEvent::entry).toList(),
        request.subject());
  }
}
