package io.omnichannel.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "system/home";
  }

  @GetMapping("/login")
  String login() {
    return "system/login";
  }
}
