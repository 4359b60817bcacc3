package io.omnichannel.api;

import io.omnichannel.integrations.IdempotentCalls;
import io.omnichannel.integrations.Integration;
import io.omnichannel.platform.Links;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every create operation of the API does the same way: run the intake once per idempotency
 * key, note the integration in the request's history, answer 201 with the request or, for a
 * repeat, 200 with the first one.
 */
@Component
class ApiIntake {

  private final IdempotentCalls calls;
  private final RequestTracking tracking;
  private final RequestLedger ledger;
  private final RequestTimeline timeline;
  private final Links links;

  ApiIntake(IdempotentCalls calls, RequestTracking tracking, RequestLedger ledger, RequestTimeline timeline, Links links) {
    this.calls = calls;
    this.tracking = tracking;
    this.ledger = ledger;
    this.timeline = timeline;
    this.links = links;
  }

  /**
   * @param submit the intake with the ledger's idempotency key: a repeat returns the first request and writes nothing
   * @param receivedBy the staff-only history entry naming the integration
   */
  ResponseEntity<CreatedRequest> create(
      Integration integration, String operation, String key, String fingerprint, String receivedBy, Supplier<SubmittedRequest> submit) {
    return create(integration, operation, key, fingerprint, receivedBy, submit, reference -> URI.create("/api/v1/requests/" + reference));
  }

  /** @param location where the created thing is read, by its request's reference */
  ResponseEntity<CreatedRequest> create(
      Integration integration,
      String operation,
      String key,
      String fingerprint,
      String receivedBy,
      Supplier<SubmittedRequest> submit,
      java.util.function.Function<String, URI> location) {
    AtomicReference<SubmittedRequest> created = new AtomicReference<>();
    IdempotentCalls.Outcome outcome =
        calls.run(
            integration,
            operation,
            key,
            fingerprint,
            () -> {
              SubmittedRequest submitted = submit.get();
              ledger.submittedThrough(submitted.id(), integration.name());
              timeline.record(submitted.id(), "RECEIVED_BY_API", receivedBy, false, "api:" + integration.name());
              created.set(submitted);
              return submitted.reference();
            });
    SubmittedRequest submitted = outcome.created() ? created.get() : submit.get();
    CreatedRequest response =
        new CreatedRequest(
            submitted.reference(),
            links.tracking(submitted.trackingToken()),
            submitted.expectedBy(),
            tracking.statusOf(submitted.reference()).orElseThrow().name());
    return outcome.created()
        ? ResponseEntity.created(location.apply(submitted.reference())).body(response)
        : ResponseEntity.ok(response);
  }
}
