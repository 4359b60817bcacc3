package io.omnichannel.requests;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.sla.ExpectedResolution;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Takes a manual request into the ledger: customer, request, attachment, first history entry and
 * the process start, all in one transaction. Works while the engine is down.
 */
@Service
public class ManualRequestIntake {

  private final RequestIntakeSteps steps;
  private final CustomerDirectory customers;
  private final RequestIdentifiers identifiers;
  private final ExpectedResolution expectedResolution;
  private final ProcessOutbox outbox;
  private final Clock clock;

  ManualRequestIntake(
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

  /**
   * @throws InvalidSubmissionException when a value is missing or wrong; nothing is written then
   */
  public SubmittedRequest submit(ManualRequestSubmission input) {
    return submit(input, IntakeChannel.WEB);
  }

  /** The same as {@link #submit}, for a request that came in as an e-mail to the intake mailbox. */
  public SubmittedRequest submitByEmail(ManualRequestSubmission input) {
    return submit(input, IntakeChannel.EMAIL);
  }

  /** The same as {@link #submit}, for a request that came in on {@code via}, e.g. typed in by staff on the phone. */
  public SubmittedRequest submit(ManualRequestSubmission input, IntakeChannel via) {
    ManualRequestSubmission submission = input.stripped();
    Optional<AttachmentInspector.Inspected> attachment = steps.validate(submission, submission.attachment(), Map.of());
    return steps.once(submission.idempotencyKey(), () -> write(submission, attachment, via));
  }

  private SubmittedRequest write(
      ManualRequestSubmission submission, Optional<AttachmentInspector.Inspected> attachment, IntakeChannel via) {
    // PostgreSQL keeps microseconds: what we answer now must equal what a repeated submission reads back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var customer = customers.matchOrCreate(submission.customerNumber(), submission.name().strip(), submission.email(), now);
    Instant expectedBy = expectedResolution.expectedBy(ServiceRequest.TYPE_MANUAL_REQUEST, now).truncatedTo(ChronoUnit.MICROS);
    String reference = identifiers.nextReference(now);
    var request =
        new ServiceRequest(
            UUID.randomUUID(), reference, identifiers.newTrackingToken(), customer.getId(), submission, expectedBy, now, via.channel());
    SubmittedRequest submitted = steps.record(request, attachment, now, via);
    outbox.startManualRequest(request.id(), reference, now);
    return submitted;
  }
}
