package io.omnichannel.portal;

import io.omnichannel.journeys.JourneySteps;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.TrackedRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the customer's status page shows for a tracking link: status, steps from her journey's
 * model, staff's open question, the history, and what her journey adds (a pickup code, say).
 */
@Component
class StatusPage {

  static final String VIEW = "portal/tracking";

  private final RequestTracking tracking;
  private final JourneySteps steps;
  private final Journeys journeys;

  StatusPage(RequestTracking tracking, JourneySteps steps, Journeys journeys) {
    this.tracking = tracking;
    this.steps = steps;
    this.journeys = journeys;
  }

  /** @throws TrackingController.UnknownTrackingLink for a token no request has */
  String fill(String token, Model model) {
    TrackedRequest request = tracking.findByTrackingToken(token).orElseThrow(TrackingController.UnknownTrackingLink::new);
    RequestSummary summary = tracking.summaryByTrackingToken(token).orElseThrow(TrackingController.UnknownTrackingLink::new);
    model.addAttribute("request", request);
    model.addAttribute("events", request.events());
    model.addAttribute("statusText", CustomerStatus.describe(request.status()));
    model.addAttribute("question", tracking.openQuestionByTrackingToken(token).orElse(null));
    model.addAttribute("token", token);
    model.addAttribute("steps", steps.forTrackingToken(token));
    journeys.journeyOf(summary.type()).flatMap(journey -> journey.statusPage()).ifPresent(extension -> {
      model.addAttribute("journeyPanel", extension.fragment());
      model.addAllAttributes(extension.model(summary));
    });
    if (!model.containsAttribute("answerForm")) {
      model.addAttribute("answerForm", new CustomerAnswerForm());
    }
    return VIEW;
  }
}
