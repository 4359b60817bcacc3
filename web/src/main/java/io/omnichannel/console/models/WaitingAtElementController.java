package io.omnichannel.console.models;

import io.omnichannel.history.EngineHistory;
import io.omnichannel.history.HistoryViews.DefinitionSelector;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The figures behind a diagram's overlays as JSON for its script, and the page an element's click
 * opens: the requests waiting there, longest waiting first, each linked to its instance.
 */
@Controller
class WaitingAtElementController {

  static final int WAITING_SHOWN = 200;

  private final WaitFigures figures;
  private final EngineHistory history;
  private final Clock clock;

  WaitingAtElementController(WaitFigures figures, EngineHistory history, Clock clock) {
    this.figures = figures;
    this.history = history;
    this.clock = clock;
  }

  @GetMapping(ModelsConsole.PATH + "/{processId}/figures")
  @ResponseBody
  Map<String, WaitFigures.Row> figures(
      @PathVariable String processId,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    if (version != null && version < 1) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    FiguresPeriod period = FiguresPeriod.of(from, to, clock);
    return figures.of(new WaitFigures.Scope(processId, version, period.start(), period.end())).stream()
        .collect(Collectors.toMap(WaitFigures.Row::elementId, row -> row, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @GetMapping(ModelsConsole.PATH + "/{processId}/elements/{elementId}")
  String waitingAt(
      @PathVariable String processId,
      @PathVariable String elementId,
      @RequestParam(required = false) Integer version,
      Model model) {
    if (version != null && version < 1) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    model.addAttribute("processId", processId);
    model.addAttribute("elementId", elementId);
    model.addAttribute("version", version);
    model.addAttribute("waiting", history.waitingAt(new DefinitionSelector(processId, version), elementId, WAITING_SHOWN));
    model.addAttribute("shownAtMost", WAITING_SHOWN);
    model.addAttribute("now", clock.instant());
    return "console/models/waiting";
  }

}
