package io.omnichannel.requests;

import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a request stands, as the journeys move it. Each move is guarded, so a job delivered twice
 * finds the request moved already and changes nothing; each returns whether it changed the status.
 */
@Service
public class RequestLedger {

  private static final String SYSTEM = "system";

  private final ServiceRequestRepository requests;
  private final RequestHistory history;
  private final Clock clock;

  RequestLedger(ServiceRequestRepository requests, RequestHistory history, Clock clock) {
    this.requests = requests;
    this.history = history;
    this.clock = clock;
  }

  /** Work has started (the acknowledgement went out, a pickup code was sent). */
  @Transactional
  public boolean startWork(UUID requestId) {
    return load(requestId).startWork(clock.instant());
  }

  /**
   * Staff asked the customer a question; the status page shows it until she answers. Notes the
   * question in her history once per question asked.
   */
  @Transactional
  public boolean askCustomer(UUID requestId, String question) {
    boolean asked = load(requestId).askCustomer(question, clock.instant());
    if (asked) {
      history.record(requestId, "QUESTION_ASKED", "We asked you: " + question, true, SYSTEM);
    }
    return asked;
  }

  /** The piece is set aside; the customer's pickup is the next move. */
  @Transactional
  public boolean waitForPickup(UUID requestId) {
    return load(requestId).waitForPickup(clock.instant());
  }

  /** An order's parcels are on their way; the carrier's events are the next move. */
  @Transactional
  public boolean inDelivery(UUID requestId) {
    return load(requestId).deliver(clock.instant());
  }

  /** The request is answered without a mail to wait for: a reservation picked up at the counter. */
  @Transactional
  public boolean resolve(UUID requestId, String resolution) {
    return load(requestId).resolve(resolution, clock.instant());
  }

  /**
   * The mail that answers the request (the manual, staff's answer, the end of a reservation) is
   * queued: the request is not answered before it is delivered.
   */
  @Transactional
  public boolean answerQueued(UUID requestId, String resolution) {
    return load(requestId).answerQueued(resolution, clock.instant());
  }

  /** The answer's mail reached the customer's mail server: now the request is answered. */
  @Transactional
  public boolean answerDelivered(UUID requestId) {
    return load(requestId).answerDelivered(clock.instant());
  }

  /** Notes the integration that submitted the request through the API: the one that may read it there. */
  @Transactional
  public void submittedThrough(UUID requestId, String integration) {
    load(requestId).submittedThrough(integration);
  }

  @Transactional
  public boolean close(UUID requestId) {
    boolean closed = load(requestId).close(clock.instant());
    if (closed) {
      history.record(requestId, "CLOSED", "Your request is closed.", true, SYSTEM);
    }
    return closed;
  }

  /**
   * A closed request is open again (a poor rating of a complaint): it waits for staff, and the
   * customer's history says so.
   *
   * @return whether it was closed and is open now (a redelivered job finds it open already)
   */
  @Transactional
  public boolean reopen(UUID requestId, String why) {
    boolean reopened = load(requestId).reopen(clock.instant());
    if (reopened) {
      history.record(requestId, "REOPENED", why, true, SYSTEM);
    }
    return reopened;
  }

  /** What the customer is asked and has not answered yet; null when she is not asked. */
  @Transactional(readOnly = true)
  public String openQuestion(UUID requestId) {
    ServiceRequest request = load(requestId);
    return request.status() == RequestStatus.WAITING_FOR_CUSTOMER ? request.openQuestion() : null;
  }

  private ServiceRequest load(UUID requestId) {
    return requests.findById(requestId).orElseThrow(() -> unknown(requestId));
  }

  static NoSuchElementException unknown(UUID requestId) {
    return new NoSuchElementException("no service request " + requestId);
  }
}
