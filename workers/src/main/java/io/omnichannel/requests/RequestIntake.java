package io.omnichannel.requests;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.processes.SharedModel.Variables;
import io.omnichannel.sla.ExpectedResolution;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a request of any journey into the ledger: checks it (the journey's findings, the
 * attachment by content), answers a repeated submission with its first request, and writes in one
 * transaction the customer, the request, its file, the first history entry, the journey's own
 * details and the start of its process. Works while the engine is down.
 */
@Service
public class RequestIntake {

  private final Validator validator;
  private final AttachmentInspector inspector;
  private final ServiceRequestRepository requests;
  private final RequestAttachmentRepository attachments;
  private final RequestHistory history;
  private final RequestIdentifiers identifiers;
  private final CustomerDirectory customers;
  private final ExpectedResolution expectedResolution;
  private final ProcessOutbox outbox;
  private final CustomerWording wording;
  private final TransactionTemplate transaction;
  private final RepeatedContacts contacts;
  private final Clock clock;

  RequestIntake(
      Validator validator,
      AttachmentInspector inspector,
      ServiceRequestRepository requests,
      RequestAttachmentRepository attachments,
      RequestHistory history,
      RequestIdentifiers identifiers,
      CustomerDirectory customers,
      ExpectedResolution expectedResolution,
      ProcessOutbox outbox,
      CustomerWording wording,
      TransactionTemplate transaction,
      RepeatedContacts contacts,
      Clock clock) {
    this.validator = validator;
    this.inspector = inspector;
    this.requests = requests;
    this.attachments = attachments;
    this.history = history;
    this.identifiers = identifiers;
    this.customers = customers;
    this.expectedResolution = expectedResolution;
    this.outbox = outbox;
    this.wording = wording;
    this.transaction = transaction;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * What is wrong with a journey's reading of the input so far: the problems the channel found,
   * then the bean constraints the submission breaks (the first message per field, fields in name
   * order). A journey adds its own rules to the map it gets and passes it to {@link #submit}.
   */
  public Map<String, String> problems(IntakeInput input, Object submission) {
    return input.problemsWith(violations(submission));
  }

  private Map<String, String> violations(Object submission) {
    Map<String, String> errors = new LinkedHashMap<>();
    validator.validate(submission).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> errors.putIfAbsent(field(v), v.getMessage()));
    return errors;
  }

  private static String field(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().iterator().next().getName();
  }

  /**
   * @param errors what the journey found wrong, by field; the attachment is checked here as well
   * @param details writes the journey's own rows for the new request (its id given), in the same
   *     transaction; nothing to write: {@code id -> {}}. With {@link JourneyStart#repeatedMessage()} it
   *     is called for the open request a submission joins as well, so it must take a second call.
   * @throws InvalidSubmissionException when anything is wrong; nothing is written then
   */
  public SubmittedRequest submit(
      NewRequest request, IntakeChannel via, Map<String, String> errors, JourneyStart start, Consumer<UUID> details) {
    Map<String, String> all = new LinkedHashMap<>(errors);
    Optional<AttachmentInspector.Inspected> file = Optional.empty();
    if (request.attachment() != null) {
      AttachmentInspector.Result result = inspector.inspect(request.attachment());
      if (result.error() != null) {
        all.put("attachment", result.error());
      }
      file = Optional.ofNullable(result.inspected());
    }
    if (!all.isEmpty()) {
      throw new InvalidSubmissionException(all);
    }
    Optional<AttachmentInspector.Inspected> checkedFile = file;
    return once(request.idempotencyKey(), () -> write(request, checkedFile, via, start, details));
  }

  /** Writes once per idempotency key: a repeated or concurrent submission gets the first request. */
  private SubmittedRequest once(String idempotencyKey, java.util.function.Supplier<SubmittedRequest> write) {
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
    if (key == null) {
      return Optional.empty();
    }
    return requests.findByIdempotencyKey(key)
        .or(() -> contacts.joinedBy(key).flatMap(requests::findById))
        .map(RequestIntake::submitted);
  }

  private SubmittedRequest write(
      NewRequest submitted, Optional<AttachmentInspector.Inspected> file, IntakeChannel via, JourneyStart start, Consumer<UUID> details) {
    // PostgreSQL keeps microseconds: what we answer now must equal what a repeated submission reads back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var customer =
        customers.matchOrCreate(submitted.customerNumber(), submitted.name(), submitted.email(), submitted.phone(), now);
    if (start.repeatedMessage() != null) {
      contacts.lockCasesOf(customer.getId(), submitted.type());
      Optional<ServiceRequest> open = requests.lockOpenOfCustomer(customer.getId(), submitted.type()).stream().findFirst();
      if (open.isPresent()) {
        return join(open.get(), submitted, file, via, details, now);
      }
    }
    Instant expectedBy = expectedResolution.expectedBy(submitted.type(), now).truncatedTo(ChronoUnit.MICROS);
    String reference = identifiers.nextReference(now);
    var request =
        ServiceRequest.received(
            UUID.randomUUID(), reference, identifiers.newTrackingToken(), submitted, via.channel(), customer.getId(), expectedBy, now);
    requests.saveAndFlush(request);
    file.ifPresent(
        f -> attachments.saveAndFlush(new RequestAttachment(request.id(), f, now)));
    history.record(
        request.id(),
        "RECEIVED",
        "We received your request %s and expect to answer by %s.".formatted(reference, wording.dayAndTime(expectedBy)),
        true,
        "customer");
    if (via.enteredBy() != null) {
      history.record(
          request.id(), "ENTERED_BY_STAFF", "%s, entered by %s.".formatted(via.describe(), via.enteredBy()), false, via.enteredBy());
    }
    details.accept(request.id());
    if (start.repeatedMessage() != null) {
      contacts.opened(request.id(), via.channel(), submitted.idempotencyKey(), start.repeatedMessage(), now);
    }
    Map<String, Object> variables = new HashMap<>(start.variables());
    variables.put(Variables.REQUEST_ID, request.id().toString());
    variables.put(Variables.REFERENCE, reference);
    variables.put(Variables.REQUEST_TYPE, submitted.type());
    outbox.start(request.id(), reference, start.message(), variables, now);
    return submitted(request);
  }

  /**
   * The customer's case of this type is open: the submission joins it as a repeated contact (its text
   * and file on the case's history) and the submitter is answered with the open case.
   */
  private SubmittedRequest join(
      ServiceRequest open, NewRequest submitted, Optional<AttachmentInspector.Inspected> file, IntakeChannel via, Consumer<UUID> details,
      Instant now) {
    file.ifPresent(f -> attachments.saveAndFlush(new RequestAttachment(open.id(), f, now)));
    StringBuilder summary = new StringBuilder("You got in touch again (by " + via.inWords() + ")");
    String text = submitted.subject() == null ? submitted.message() : submitted.subject() + ": " + submitted.message();
    summary.append(text == null ? "." : ": " + text);
    file.ifPresent(f -> summary.append(" [attached: ").append(f.fileName()).append(']'));
    contacts.record(open, via.channel(), submitted.idempotencyKey(), summary.toString(), now).orElseThrow();
    if (via.enteredBy() != null) {
      history.record(open.id(), "ENTERED_BY_STAFF", "%s, entered by %s.".formatted(via.describe(), via.enteredBy()), false, via.enteredBy());
    }
    details.accept(open.id());
    return submitted(open);
  }

  static SubmittedRequest submitted(ServiceRequest request) {
    return new SubmittedRequest(request.id(), request.reference(), request.trackingToken(), request.expectedBy());
  }
}
