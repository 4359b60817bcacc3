package io.omnichannel.journeys.reservation;

import io.omnichannel.journeys.StatusPageExtension;
import io.omnichannel.requests.RequestSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the customer's status page: her pickup code once the store set the piece aside, and a button to cancel while it is held. */
@Component
class ReservationStatusPage implements StatusPageExtension {

  static final String CANCEL = "cancel";

  private final ReservationActions actions;

  ReservationStatusPage(ReservationActions actions) {
    this.actions = actions;
  }

  @Override
  public String fragment() {
    return "journeys/reservation/status :: panel";
  }

  @Override
  public Map<String, Object> model(RequestSummary request) {
    Map<String, Object> model = new HashMap<>();
    model.put("pickup", actions.pickupFor(request).orElse(null));
    model.put("canCancel", actions.canCancel(request));
    return model;
  }

  @Override
  public Optional<String> act(String action, RequestSummary request) {
    if (!CANCEL.equals(action)) {
      return Optional.empty();
    }
    return Optional.of(
        actions.cancel(request)
            ? "Your reservation is cancelled; the piece goes back on sale."
            : "There is nothing to cancel: the reservation was picked up, cancelled or has ended.");
  }
}
