package io.omnichannel.portal;

import io.omnichannel.journeysteps.JourneySteps;
import io.omnichannel.journeysteps.ProcessingDelay;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.ReservationActions;
import io.omnichannel.requests.TrackedRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The customer's status page, reached only through the secret link; no account needed. */
@Controller
class TrackingController {

  private final RequestTracking tracking;
  private final ReservationActions reservations;
  private final JourneySteps journeySteps;
  private final ProcessingDelay processingDelay;

  TrackingController(
      RequestTracking tracking, ReservationActions reservations, JourneySteps journeySteps, ProcessingDelay processingDelay) {
    this.tracking = tracking;
    this.reservations = reservations;
    this.journeySteps = journeySteps;
    this.processingDelay = processingDelay;
  }

  @GetMapping("/track/{token}")
  String track(@PathVariable String token, Model model) {
    TrackedRequest request = tracking.findByTrackingToken(token).orElseThrow(UnknownTrackingLink::new);
    model.addAttribute("request", request);
    model.addAttribute("events", request.events());
    model.addAttribute("statusText", CustomerStatus.describe(request.status()));
    model.addAttribute("question", tracking.openQuestionByTrackingToken(token).orElse(null));
    model.addAttribute("token", token);
    model.addAttribute("pickup", reservations.pickupFor(token).orElse(null));
    model.addAttribute("canCancel", reservations.canCancel(token));
    model.addAttribute("steps", journeySteps.forTrackingToken(token));
    if (Boolean.TRUE.equals(model.getAttribute("justSubmitted"))) {
      model.addAttribute("engineDelayed", processingDelay.engineUnreachable());
    }
    if (!model.containsAttribute("answerForm")) {
      model.addAttribute("answerForm", new CustomerAnswerForm());
    }
    return "portal/tracking";
  }

  @ExceptionHandler(UnknownTrackingLink.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknownLink() {
    return "portal/tracking-not-found";
  }

  static final class UnknownTrackingLink extends RuntimeException {
    UnknownTrackingLink() {
      super("no request for this tracking link");
    }
  }
}
