package io.omnichannel.system;

import io.omnichannel.journeys.Journeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.web.WebAttributes;
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
    model.addAttribute("requestTypes", journeys.formTypes());
    return "system/home";
  }

  /** After a refused sign-in: the throttle's message when it was the throttle, else the login page's own. */
  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    HttpSession session = request.getSession(false);
    if (request.getParameter("error") != null
        && session != null
        && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException throttled) {
      model.addAttribute("throttled", throttled.getMessage());
    }
    return "system/login";
  }
}
