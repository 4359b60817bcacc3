package io.omnichannel.orders;

import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.NewRequest;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.SubmittedRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Takes an order in as a request of the ledger, with its own rows, in one transaction, through the
 * journey that serves its delivery method. The shop's order number is the idempotency key: the same
 * order again is the first request (the API refuses it with another body).
 */
@Service
public class OrderIntakes {

  /** A journey that fulfils orders of one delivery method. */
  public interface OrderJourney {
    DeliveryMethod delivery();

    /** The ledger's request type of its orders, e.g. {@code ORDER}. */
    String requestType();

    /** The start of its process for this order (checked already). */
    JourneyStart start(NewOrder order);

    /** What this journey cannot fulfil in an order that is otherwise right, by field; none by default. */
    default Map<String, String> problems(NewOrder order) {
      return Map.of();
    }
  }

  private final RequestIntake intake;
  private final Orders orders;
  private final OrderProblems problems;
  private final ObjectProvider<OrderJourney> journeys;
  private final Clock clock;

  OrderIntakes(RequestIntake intake, Orders orders, OrderProblems problems, ObjectProvider<OrderJourney> journeys, Clock clock) {
    this.intake = intake;
    this.orders = orders;
    this.problems = problems;
    this.journeys = journeys;
    this.clock = clock;
  }

  /**
   * @throws InvalidSubmissionException with every problem by field; nothing is written then
   */
  public SubmittedRequest submit(NewOrder order, String integration, IntakeChannel via) {
    Map<String, String> errors = problems.of(order);
    Optional<OrderJourney> journey = journeys.stream().filter(j -> j.delivery() == order.delivery()).findFirst();
    if (order.delivery() != null && journey.isEmpty()) {
      errors.putIfAbsent("delivery.method", "This installation does not fulfil " + order.delivery() + " orders.");
    }
    if (errors.isEmpty()) {
      errors.putAll(journey.get().problems(order));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    NewOrder.Customer customer = order.customer();
    var request =
        new NewRequest(
            journey.get().requestType(), customer.name(), customer.email(), customer.phone(), customer.customerNumber(),
            order.orderNumber(), null, null, null, null, idempotencyKey(integration, order.orderNumber()));
    return intake.submit(request, via, Map.of(), journey.get().start(order), id -> orders.save(id, integration, order, clock.instant()));
  }

  static String idempotencyKey(String integration, String orderNumber) {
    return "order:" + integration + ":" + orderNumber.strip();
  }
}
