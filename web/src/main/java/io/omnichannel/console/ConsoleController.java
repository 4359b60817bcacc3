package io.omnichannel.console;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of the process owners' console: its sections, in their order. */
@Controller
class ConsoleController {

  private final List<ConsoleSection> sections;

  ConsoleController(List<ConsoleSection> sections) {
    this.sections = sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order)).toList();
  }

  @GetMapping("/staff/console")
  String index(Model model) {
    model.addAttribute("sections", sections);
    return "console/index";
  }
}
