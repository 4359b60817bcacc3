package io.omnichannel.console.instances;

import io.omnichannel.history.HistoryViews.InstanceHistory;
import io.omnichannel.history.HistoryViews.Step;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the instance's diagram marks: the elements it passed, those it is at now, and those with an
 * open incident. Passed to the page's script as comma-separated element ids.
 */
public record InstanceDiagram(String bpmnProcessId, int version, String passed, String active, String incidents) {

  static InstanceDiagram of(InstanceHistory history) {
    Set<String> passed = new LinkedHashSet<>();
    Set<String> active = new LinkedHashSet<>();
    for (Step step : history.path()) {
      ("ACTIVE".equals(step.state()) ? active : passed).add(step.elementId());
    }
    passed.removeAll(active);
    String incidents = history.incidents().stream()
        .filter(incident -> "ACTIVE".equals(incident.state()) && incident.elementId() != null)
        .map(incident -> incident.elementId())
        .distinct()
        .collect(Collectors.joining(","));
    return new InstanceDiagram(history.instance().bpmnProcessId(), history.instance().version(),
        String.join(",", passed), String.join(",", active), incidents);
  }
}
