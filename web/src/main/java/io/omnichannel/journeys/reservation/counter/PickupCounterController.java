package io.omnichannel.journeys.reservation.counter;

import io.omnichannel.journeys.reservation.ReservationActions;
import io.omnichannel.journeys.reservation.ReservationActions.AtCounter;
import io.omnichannel.journeys.reservation.ReservationActions.PickupState;
import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The store counter: staff enter the customer's pickup code, see the reservation and hand the piece
 * over, which tells the process (through the outbox). A wrong, expired or used code says so.
 */
@Controller
class PickupCounterController {

  static final String VIEW = "journeys/reservation/counter";

  private final ReservationActions reservations;

  PickupCounterController(ReservationActions reservations) {
    this.reservations = reservations;
  }

  @GetMapping("/staff/pickups")
  String counter(@RequestParam(required = false) String code, Principal staff, Model model) {
    String entered = code == null ? "" : code.strip();
    model.addAttribute("code", entered);
    if (!entered.isEmpty()) {
      Optional<AtCounter> found = reservations.atCounter(entered, staff == null ? null : staff.getName());
      model.addAttribute("reservation", found.orElse(null));
      model.addAttribute("problem", found.map(PickupCounterController::problem).orElse("No reservation has the pickup code " + entered + ". Please check it with the customer."));
    }
    return VIEW;
  }

  @PostMapping("/staff/pickups/hand-over")
  String handOver(@RequestParam String code, Principal staff, RedirectAttributes redirect) {
    Optional<AtCounter> found = reservations.handOver(code, staff.getName());
    if (found.isPresent() && found.get().state() == PickupState.READY) {
      redirect.addFlashAttribute("notice", "Handed over: " + found.get().reference() + " to " + found.get().customerName() + ".");
      return "redirect:/staff/pickups";
    }
    redirect.addAttribute("code", code);
    return "redirect:/staff/pickups";
  }

  private static String problem(AtCounter reservation) {
    return switch (reservation.state()) {
      case READY -> null;
      case PICKED_UP -> "This reservation was already picked up. Do not hand anything over.";
      case EXPIRED -> "This reservation has expired: the hold ended and the piece may be sold. Check the stock before selling it to the customer.";
      case RELEASED -> "This reservation was cancelled or the store could not set it aside. Nothing is held for this code.";
      case WRONG_STORE -> "This order is to be picked up at " + reservation.hold().location().name() + ", not here. Do not hand anything over.";
    };
  }
}
