package io.omnichannel.journeys.orderfulfilment;

import io.omnichannel.customers.ReviewMailConsent;
import io.omnichannel.journeys.StatusPageExtension;
import io.omnichannel.orders.LineState;
import io.omnichannel.orders.Order;
import io.omnichannel.orders.OrderLine;
import io.omnichannel.orders.Orders;
import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestSummary;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the customer's status page of an order: each parcel with where it comes from, where it is and
 * its tracking number; and, while items are missing everywhere, her choice to wait or cancel them.
 */
@Component
class OrderStatusPage implements StatusPageExtension {

  static final String WAIT = "wait-for-missing";
  static final String CANCEL = "cancel-missing";
  static final String NO_REVIEW_MAIL = "no-review-mail";

  private final Orders orders;
  private final RequestHistory history;
  private final ProcessOutbox outbox;
  private final ReviewMailConsent consent;
  private final Clock clock;

  OrderStatusPage(Orders orders, RequestHistory history, ProcessOutbox outbox, ReviewMailConsent consent, Clock clock) {
    this.orders = orders;
    this.consent = consent;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public String fragment() {
    return "journeys/orderfulfilment/status :: panel";
  }

  @Override
  public Map<String, Object> model(RequestSummary request) {
    Map<String, Object> model = new HashMap<>();
    Optional<Order> order = orders.find(request.id());
    model.put("order", order.orElse(null));
    model.put("missing", order.map(o -> missing(o.lines())).orElse(List.of()));
    model.put("canChoose", order.isPresent() && mayChoose(request));
    model.put("reviewMail", request.customerId() != null && consent.mayInvite(request.customerId()));
    return model;
  }

  @Override
  @Transactional
  public Optional<String> act(String action, RequestSummary request) {
    if (NO_REVIEW_MAIL.equals(action) && request.customerId() != null) {
      consent.decline(request.customerId(), "status page " + request.reference(), clock.instant());
      return Optional.of("We will not ask you for reviews any more.");
    }
    if (!WAIT.equals(action) && !CANCEL.equals(action)) {
      return Optional.empty();
    }
    if (!mayChoose(request)) {
      return Optional.of("Nothing to choose: the missing items are settled already.");
    }
    String decision = WAIT.equals(action) ? Variables.BACKORDER : Variables.CANCEL;
    boolean now =
        outbox.message(
            request.id(), request.reference(), OrderFulfilmentProcess.BACKORDER_DECIDED_MESSAGE, "backorder:" + request.id(),
            Map.of(Variables.BACKORDER_DECISION, decision), clock.instant());
    return Optional.of(
        !now
            ? "You have chosen already; we are on it."
            : WAIT.equals(action) ? "Thank you: we send the missing items as soon as they are in stock." : "Thank you: the missing items are cancelled.");
  }

  private boolean mayChoose(RequestSummary request) {
    return request.status().isOpen()
        && history.has(request.id(), "BACKORDER_OFFERED")
        && !history.has(request.id(), "LINES_" + LineState.BACKORDERED)
        && !history.has(request.id(), "LINES_" + LineState.CANCELLED);
  }

  private static List<OrderLine> missing(List<OrderLine> lines) {
    return lines.stream().filter(line -> line.shipmentId() == null).toList();
  }
}
