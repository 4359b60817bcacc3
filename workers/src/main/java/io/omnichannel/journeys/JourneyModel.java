package io.omnichannel.journeys;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer steps of each process, read from the BPMN models themselves: the elements carrying
 * a {@code customerStep} extension property, ordered by their longest distance from the start
 * event (loops back are ignored), so a step after a gateway comes after every branch before it.
 * Boundary events (reminders, escalations) are not followed: they are the team's business.
 */
final class JourneyModel {

  static final String LABEL = "customerStep";
  static final String DONE_BY = "customerStepDoneBy";
  static final String STARTED_BY = "customerStepStartedBy";

  private final Map<String, List<JourneyStep>> stepsByProcess;

  private JourneyModel(Map<String, List<JourneyStep>> stepsByProcess) {
    this.stepsByProcess = Map.copyOf(stepsByProcess);
  }

  /** Reads the given classpath resources, e.g. {@code bpmn/manual-request.bpmn}. */
  static JourneyModel fromClasspath(String... resources) {
    Map<String, List<JourneyStep>> steps = new HashMap<>();
    for (String resource : resources) {
      try (InputStream in = JourneyModel.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("process model " + resource + " is not on the classpath");
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        for (Process process : model.getModelElementsByType(Process.class)) {
          steps.put(process.getId(), stepsOf(process));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + resource, e);
      }
    }
    return new JourneyModel(steps);
  }

  List<JourneyStep> steps(String processId) {
    return Optional.ofNullable(stepsByProcess.get(processId)).orElse(List.of());
  }

  private static List<JourneyStep> stepsOf(Process process) {
    Map<FlowNode, Integer> depth = new LinkedHashMap<>();
    for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
      walk(start, 0, new HashSet<>(), depth);
    }
    return depth.entrySet().stream()
        .filter(entry -> property(entry.getKey(), LABEL).isPresent())
        .sorted(Comparator.comparingInt(Map.Entry::getValue))
        .map(entry -> step(entry.getKey()))
        .toList();
  }

  /** Longest path without revisiting a node on the current path, i.e. ignoring loops back. */
  private static void walk(FlowNode node, int distance, Set<FlowNode> path, Map<FlowNode, Integer> depth) {
    if (!path.add(node)) {
      return;
    }
    depth.merge(node, distance, Math::max);
    for (SequenceFlow flow : node.getOutgoing()) {
      walk(flow.getTarget(), distance + 1, path, depth);
    }
    path.remove(node);
  }

  private static JourneyStep step(FlowNode node) {
    return new JourneyStep(
        node.getId(),
        property(node, LABEL).orElseThrow(),
        kinds(property(node, DONE_BY)),
        kinds(property(node, STARTED_BY)));
  }

  private static Set<String> kinds(Optional<String> value) {
    return value.stream()
        .flatMap(text -> Arrays.stream(text.split(",")))
        .map(String::strip)
        .filter(kind -> !kind.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Optional<String> property(FlowNode node, String name) {
    if (node.getExtensionElements() == null) {
      return Optional.empty();
    }
    return node.getExtensionElements().getChildElementsByType(ZeebeProperties.class).stream()
        .flatMap(properties -> properties.getProperties().stream())
        .filter(property -> name.equals(property.getName()))
        .map(ZeebeProperty::getValue)
        .findFirst();
  }
}
