package io.omnichannel.portal;

import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.StatusPageExtension;
import io.omnichannel.outbox.ProcessingDelay;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's status page, reached only through the secret link; no account needed. Her
 * journey's buttons on it (cancel a reservation, say) post to {@code /track/{token}/actions/{action}}.
 */
@Controller
class TrackingController {

  private final StatusPage page;
  private final RequestTracking tracking;
  private final Journeys journeys;
  private final ProcessingDelay processingDelay;

  TrackingController(StatusPage page, RequestTracking tracking, Journeys journeys, ProcessingDelay processingDelay) {
    this.page = page;
    this.tracking = tracking;
    this.journeys = journeys;
    this.processingDelay = processingDelay;
  }

  @GetMapping("/track/{token}")
  String track(@PathVariable String token, Model model) {
    String view = page.fill(token, model);
    if (Boolean.TRUE.equals(model.getAttribute("justSubmitted"))) {
      model.addAttribute("engineDelayed", processingDelay.engineUnreachable());
    }
    return view;
  }

  /** A second click changes nothing; an action her journey does not know is answered 404. */
  @PostMapping("/track/{token}/actions/{action}")
  String act(@PathVariable String token, @PathVariable String action, RedirectAttributes redirect) {
    RequestSummary request = tracking.summaryByTrackingToken(token).orElseThrow(UnknownTrackingLink::new);
    String notice =
        journeys.journeyOf(request.type())
            .flatMap(journey -> journey.statusPage())
            .flatMap((StatusPageExtension extension) -> extension.act(action, request))
            .orElseThrow(UnknownTrackingLink::new);
    redirect.addFlashAttribute("actionNotice", notice);
    return "redirect:/track/" + token;
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
