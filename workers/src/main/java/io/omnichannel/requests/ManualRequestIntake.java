package io.omnichannel.requests;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.sla.ExpectedResolution;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a manual request into the ledger: customer, request, attachment, first history entry and
 * the process start, all in one transaction. Works while the engine is down.
 */
@Service
public class ManualRequestIntake {

  private final Validator validator;
  private final AttachmentInspector inspector;
  private final CustomerDirectory customers;
  private final RequestIdentifiers identifiers;
  private final ExpectedResolution expectedResolution;
  private final ServiceRequestRepository requests;
  private final RequestAttachmentRepository attachments;
  private final RequestTimeline timeline;
  private final ProcessOutbox outbox;
  private final CustomerWording wording;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ManualRequestIntake(
      Validator validator,
      AttachmentInspector inspector,
      CustomerDirectory customers,
      RequestIdentifiers identifiers,
      ExpectedResolution expectedResolution,
      ServiceRequestRepository requests,
      RequestAttachmentRepository attachments,
      RequestTimeline timeline,
      ProcessOutbox outbox,
      CustomerWording wording,
      TransactionTemplate transaction,
      ObjectProvider<Clock> clock) {
    this.validator = validator;
    this.inspector = inspector;
    this.customers = customers;
    this.identifiers = identifiers;
    this.expectedResolution = expectedResolution;
    this.requests = requests;
    this.attachments = attachments;
    this.timeline = timeline;
    this.outbox = outbox;
    this.wording = wording;
    this.transaction = transaction;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * @throws InvalidSubmissionException when a value is missing or wrong; nothing is written then
   */
  public SubmittedRequest submit(ManualRequestSubmission input) {
    ManualRequestSubmission submission = input.stripped();
    Optional<AttachmentInspector.Inspected> attachment = validate(submission);
    Optional<SubmittedRequest> earlier = byIdempotencyKey(submission.idempotencyKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> write(submission, attachment));
    } catch (DataIntegrityViolationException e) {
      // a concurrent submission with the same key won the race: answer with its request
      return byIdempotencyKey(submission.idempotencyKey()).orElseThrow(() -> e);
    }
  }

  private Optional<AttachmentInspector.Inspected> validate(ManualRequestSubmission submission) {
    Map<String, String> errors = new LinkedHashMap<>();
    validator.validate(submission).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> errors.putIfAbsent(field(v), v.getMessage()));
    Optional<AttachmentInspector.Inspected> inspected = Optional.empty();
    if (submission.attachment() != null) {
      AttachmentInspector.Result result = inspector.inspect(submission.attachment());
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

  private static String field(ConstraintViolation<ManualRequestSubmission> violation) {
    return violation.getPropertyPath().iterator().next().getName();
  }

  private Optional<SubmittedRequest> byIdempotencyKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return requests.findByIdempotencyKey(key.strip()).map(ManualRequestIntake::submitted);
  }

  private SubmittedRequest write(ManualRequestSubmission submission, Optional<AttachmentInspector.Inspected> attachment) {
    // PostgreSQL keeps microseconds: what we answer now must equal what a repeated submission reads back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var customer = customers.matchOrCreate(submission.customerNumber(), submission.name().strip(), submission.email(), now);
    Instant expectedBy = expectedResolution.expectedBy(ServiceRequest.TYPE_MANUAL_REQUEST, now).truncatedTo(ChronoUnit.MICROS);
    String reference = identifiers.nextReference(now);
    var request =
        new ServiceRequest(
            UUID.randomUUID(), reference, identifiers.newTrackingToken(), customer.getId(), submission, expectedBy, now);
    requests.saveAndFlush(request);
    attachment.ifPresent(
        file ->
            attachments.saveAndFlush(
                new RequestAttachment(request.id(), file.fileName(), file.mediaType(), file.content(), file.extractedText(), now)));
    timeline.record(
        request.id(),
        "RECEIVED",
        "We received your request %s and expect to answer by %s.".formatted(reference, wording.dayAndTime(expectedBy)),
        true,
        "customer");
    outbox.startManualRequest(request.id(), reference, now);
    return submitted(request);
  }

  private static SubmittedRequest submitted(ServiceRequest request) {
    return new SubmittedRequest(request.id(), request.reference(), request.trackingToken(), request.expectedBy());
  }
}
