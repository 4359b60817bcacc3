package io.omnichannel.system;

import io.omnichannel.journeys.Journeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  private final Journeys journeys;

  HomeController(Journeys journeys) {
    this.journeys = journeys;
  }

  /** The portal's cards: every request type of every journey. */
  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("requestTypes", journeys.requestTypes());
    return "system/home";
  }

  @GetMapping("/login")
  String login() {
    return "system/login";
  }
}
