package io.omnichannel.requests;

import java.util.List;
import java.util.NoSuchElementException;
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

  RequestTracking(ServiceRequestRepository requests, RequestAttachmentRepository attachments, RequestEventRepository events) {
    this.requests = requests;
    this.attachments = attachments;
    this.events = events;
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

  public Optional<RequestDetails> findByReference(String reference) {
    return requests.findByReference(reference).map(this::details);
  }

  /** The request's status alone, without reading its history and attachments. */
  public Optional<RequestStatus> statusOf(String reference) {
    return requests.findByReference(reference).map(ServiceRequest::status);
  }

  /** An attachment of this request with its bytes; empty when the id belongs to another request. */
  public Optional<AttachmentFile> attachment(UUID requestId, UUID attachmentId) {
    return attachments.findById(attachmentId).filter(a -> a.requestId().equals(requestId)).map(RequestAttachment::file);
  }

  /** For the purchase check: one read of the request, without its history and attachments. */
  public Optional<PurchaseClaim> purchaseClaimOf(UUID requestId) {
    return requests
        .findById(requestId)
        .map(r -> new PurchaseClaim(r.id(), r.customerNumber(), r.orderNumber(), r.typeNumber()));
  }

  /** The request's files without their bytes, oldest first. */
  public List<RequestDetails.Attachment> attachmentsOf(UUID requestId) {
    return attachments.findByRequestIdOrderByCreatedAtAsc(requestId).stream().map(RequestAttachment::metadata).toList();
  }

  /** For workers that only need the type number asked about. */
  public String typeNumberOf(UUID requestId) {
    return requests.findById(requestId).map(ServiceRequest::typeNumber).orElseThrow(() -> unknown(requestId));
  }

  static NoSuchElementException unknown(UUID requestId) {
    return new NoSuchElementException("no service request " + requestId);
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
        request.subject(),
        request.callbackPhone(),
        request.callbackWindow(),
        request.storeId());
  }
}
