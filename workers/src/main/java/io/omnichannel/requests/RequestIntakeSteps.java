package io.omnichannel.requests;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every intake does the same way: validate (bean constraints, the attachment's content, the
 * caller's own rules), answer a repeated submission with its first request, write in one
 * transaction, and record the request with its attachment and first history entry.
 */
@Component
class RequestIntakeSteps {

  private final Validator validator;
  private final AttachmentInspector inspector;
  private final ServiceRequestRepository requests;
  private final RequestAttachmentRepository attachments;
  private final RequestTimeline timeline;
  private final CustomerWording wording;
  private final TransactionTemplate transaction;

  RequestIntakeSteps(
      Validator validator,
      AttachmentInspector inspector,
      ServiceRequestRepository requests,
      RequestAttachmentRepository attachments,
      RequestTimeline timeline,
      CustomerWording wording,
      TransactionTemplate transaction) {
    this.validator = validator;
    this.inspector = inspector;
    this.requests = requests;
    this.attachments = attachments;
    this.timeline = timeline;
    this.wording = wording;
    this.transaction = transaction;
  }

  /**
   * @param moreErrors the intake's own rules, by field; a bean constraint's message wins over them
   * @return the inspected attachment, if one was sent
   * @throws InvalidSubmissionException with one message per bad field
   */
  Optional<AttachmentInspector.Inspected> validate(
      Object submission, ManualRequestSubmission.Attachment attachment, Map<String, String> moreErrors) {
    Map<String, String> errors = new LinkedHashMap<>();
    validator.validate(submission).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> errors.putIfAbsent(field(v), v.getMessage()));
    moreErrors.forEach(errors::putIfAbsent);
    Optional<AttachmentInspector.Inspected> inspected = Optional.empty();
    if (attachment != null) {
      AttachmentInspector.Result result = inspector.inspect(attachment);
      if (result.error() != null) {
        errors.put("attachment", result.error());
      }
      inspected = Optional.ofNullable(result.inspected());
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    return inspected;
  }

  private static String field(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().iterator().next().getName();
  }

  /** Writes once per idempotency key: a repeated or concurrent submission gets the first request. */
  SubmittedRequest once(String idempotencyKey, Supplier<SubmittedRequest> write) {
    Optional<SubmittedRequest> earlier = byIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> write.get());
    } catch (DataIntegrityViolationException e) {
      // a concurrent submission with the same key won the race: answer with its request
      return byIdempotencyKey(idempotencyKey).orElseThrow(() -> e);
    }
  }

  private Optional<SubmittedRequest> byIdempotencyKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return requests.findByIdempotencyKey(key.strip()).map(RequestIntakeSteps::submitted);
  }

  /**
   * The request, its file and the customer-visible "received" entry; when staff typed it in, also
   * an internal entry naming them. Call inside {@link #once}.
   */
  SubmittedRequest record(
      ServiceRequest request, Optional<AttachmentInspector.Inspected> attachment, Instant now, IntakeChannel via) {
    requests.saveAndFlush(request);
    attachment.ifPresent(
        file ->
            attachments.saveAndFlush(
                new RequestAttachment(request.id(), file.fileName(), file.mediaType(), file.content(), file.extractedText(), now)));
    timeline.record(
        request.id(),
        "RECEIVED",
        "We received your request %s and expect to answer by %s."
            .formatted(request.reference(), wording.dayAndTime(request.expectedBy())),
        true,
        "customer");
    if (via.enteredBy() != null) {
      timeline.record(
          request.id(), "ENTERED_BY_STAFF", "%s, entered by %s.".formatted(via.describe(), via.enteredBy()), false, via.enteredBy());
    }
    return submitted(request);
  }

  static SubmittedRequest submitted(ServiceRequest request) {
    return new SubmittedRequest(request.id(), request.reference(), request.trackingToken(), request.expectedBy());
  }
}
