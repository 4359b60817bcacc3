package io.omnichannel.requests;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.processes.ReservationProcess;
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
 * Takes a reservation into the ledger: customer, request, first history entry and the start of
 * {@code reservation} with the store and its team, in one transaction. An unknown product or store
 * is refused; a product the store has none of is taken in (the process tells the customer).
 */
@Service
public class ReservationIntake {

  private final RequestIntakeSteps steps;
  private final io.omnichannel.customers.CustomerDirectory customers;
  private final RequestIdentifiers identifiers;
  private final ExpectedResolution expectedResolution;
  private final ProcessOutbox outbox;
  private final StockLocations stock;
  private final Clock clock;

  ReservationIntake(
      RequestIntakeSteps steps,
      io.omnichannel.customers.CustomerDirectory customers,
      RequestIdentifiers identifiers,
      ExpectedResolution expectedResolution,
      ProcessOutbox outbox,
      StockLocations stock,
      ObjectProvider<Clock> clock) {
    this.steps = steps;
    this.customers = customers;
    this.identifiers = identifiers;
    this.expectedResolution = expectedResolution;
    this.outbox = outbox;
    this.stock = stock;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** @throws InvalidSubmissionException when a value is missing or wrong; nothing is written then */
  public SubmittedRequest submit(ReservationSubmission input, IntakeChannel via) {
    ReservationSubmission submission = input.stripped();
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<StockLocation> store = stock.find(submission.storeId()).filter(StockLocation::isStore);
    if (submission.storeId() != null && store.isEmpty()) {
      errors.put("storeId", "Please choose one of our stores.");
    }
    if (submission.typeNumber() != null && stock.ofProduct(submission.typeNumber()).isEmpty()) {
      errors.put("typeNumber", "We do not know this product. Please check the type number.");
    } else if (store.isPresent() && stock.level(store.get().id(), submission.typeNumber()).isEmpty()) {
      errors.put("storeId", "This store does not carry the product. Please choose another store.");
    }
    steps.validate(submission, null, errors);
    return steps.once(submission.idempotencyKey(), () -> write(submission, store.orElseThrow(), via));
  }

  private SubmittedRequest write(ReservationSubmission submission, StockLocation store, IntakeChannel via) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var customer = customers.matchOrCreate(submission.customerNumber(), submission.name(), submission.email(), submission.phone(), now);
    Instant expectedBy = expectedResolution.expectedBy(ReservationProcess.REQUEST_TYPE, now).truncatedTo(ChronoUnit.MICROS);
    String reference = identifiers.nextReference(now);
    var request =
        ServiceRequest.reservation(
            UUID.randomUUID(), reference, identifiers.newTrackingToken(), customer.getId(), submission, expectedBy, now, via.channel());
    SubmittedRequest submitted = steps.record(request, Optional.empty(), now, via);
    outbox.startReservation(request.id(), reference, store.id(), store.teamId(), now);
    return submitted;
  }
}
