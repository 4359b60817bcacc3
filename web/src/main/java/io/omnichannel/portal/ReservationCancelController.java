package io.omnichannel.portal;

import io.omnichannel.requests.ReservationActions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cancel button on a reservation's tracking page; a second click changes nothing. */
@Controller
class ReservationCancelController {

  private final ReservationActions reservations;

  ReservationCancelController(ReservationActions reservations) {
    this.reservations = reservations;
  }

  @PostMapping("/track/{token}/cancel")
  String cancel(@PathVariable String token, RedirectAttributes redirect) {
    redirect.addFlashAttribute("cancelReceived", reservations.cancel(token));
    return "redirect:/track/" + token;
  }
}
