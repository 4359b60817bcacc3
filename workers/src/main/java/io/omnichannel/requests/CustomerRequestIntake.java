package io.omnichannel.requests;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.sla.ExpectedResolution;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Takes a general question, complaint or callback wish into the ledger: customer, request,
 * attachment, first history entry and the start of {@code customer-request} (with the type and the
 * team whose queue gets it), all in one transaction. Works while the engine is down.
 */
@Service
public class CustomerRequestIntake {

  private final RequestIntakeSteps steps;
  private final CustomerDirectory customers;
  private final RequestIdentifiers identifiers;
  private final ExpectedResolution expectedResolution;
  private final ProcessOutbox outbox;
  private final Clock clock;

  CustomerRequestIntake(
      RequestIntakeSteps steps,
      CustomerDirectory customers,
      RequestIdentifiers identifiers,
      ExpectedResolution expectedResolution,
      ProcessOutbox outbox,
      ObjectProvider<Clock> clock) {
    this.steps = steps;
    this.customers = customers;
    this.identifiers = identifiers;
    this.expectedResolution = expectedResolution;
    this.outbox = outbox;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** @throws InvalidSubmissionException when a value is missing or wrong; nothing is written then */
  public SubmittedRequest submit(CustomerRequestSubmission input) {
    return submit(input, IntakeChannel.WEB);
  }

  /** The same as {@link #submit}, for a mail to the intake mailbox that is neither a reply nor a manual request. */
  public SubmittedRequest submitByEmail(CustomerRequestSubmission input) {
    return submit(input, IntakeChannel.EMAIL);
  }

  /** The same as {@link #submit}, for a request that came in on {@code via}, e.g. typed in by staff on the phone. */
  public SubmittedRequest submit(CustomerRequestSubmission input, IntakeChannel via) {
    CustomerRequestSubmission submission = input.stripped();
    Optional<AttachmentInspector.Inspected> attachment =
        steps.validate(submission, submission.attachment(), typeRules(submission));
    return steps.once(submission.idempotencyKey(), () -> write(submission, attachment, via));
  }

  private static Map<String, String> typeRules(CustomerRequestSubmission submission) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (submission.type() == CustomerRequestType.CALLBACK) {
      if (submission.phone() == null) {
        errors.put("phone", "Please give us the number to call.");
      } else if (!submission.phone().matches("\\+?[0-9 ()/-]{5,}")) {
        errors.put("phone", "This does not look like a phone number.");
      }
      if (submission.callbackWindow() == null) {
        errors.put("callbackWindow", "Please choose when we should call.");
      } else if (CallbackWindow.parse(submission.callbackWindow()).isEmpty()) {
        errors.put("callbackWindow", "Please choose one of the offered times.");
      }
    } else if (submission.type() != null && submission.message() == null) {
      errors.put(
          "message",
          submission.type() == CustomerRequestType.COMPLAINT
              ? "Please tell us what went wrong."
              : "Please write your question.");
    }
    return errors;
  }

  private SubmittedRequest write(
      CustomerRequestSubmission submission, Optional<AttachmentInspector.Inspected> attachment, IntakeChannel via) {
    // PostgreSQL keeps microseconds: what we answer now must equal what a repeated submission reads back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var customer = customers.matchOrCreate(submission.customerNumber(), submission.name(), submission.email(), submission.phone(), now);
    Instant expectedBy = expectedResolution.expectedBy(submission.type().name(), now).truncatedTo(ChronoUnit.MICROS);
    String reference = identifiers.nextReference(now);
    var request =
        ServiceRequest.customerRequest(
            UUID.randomUUID(), reference, identifiers.newTrackingToken(), customer.getId(), submission, expectedBy, now, via.channel());
    SubmittedRequest submitted = steps.record(request, attachment, now, via);
    outbox.startCustomerRequest(request.id(), reference, submission.type(), now);
    return submitted;
  }
}
