package io.omnichannel.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the application reads from every model besides the job types: the customer's steps (only
 * elements directly in the process, reached from the start over sequence flows, as
 * {@code journeys.JourneyModel} walks them; boundary paths and sub-processes are the team's
 * business) and, for every user task, the candidate group and form the task list needs.
 */
class ModelConventionsTest {

  private static final Path MODELS = Path.of("src/main/resources/bpmn");

  static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void customerStepsAreWhereTheStatusPageReadsThem(Path file) {
    Process process = process(file);
    List<FlowNode> steps =
        process.getModelInstance().getModelElementsByType(FlowNode.class).stream().filter(n -> property(n, "customerStep").isPresent()).toList();
    Set<FlowNode> walked = reachableFromTheStart(process);

    assertThat(steps).as("customer steps").isNotEmpty();
    assertThat(steps)
        .allSatisfy(step -> {
          assertThat(step.getParentElement()).as("%s sits directly in the process", step.getId()).isEqualTo(process);
          assertThat(walked).as("%s is reached from the start without a boundary event", step.getId()).contains(step);
          assertThat(property(step, "customerStepDoneBy")).as("%s says which history entries mark it done", step.getId()).isPresent();
        });
    assertThat(steps.stream().map(step -> property(step, "customerStep").orElseThrow())).as("labels").doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyUserTaskHasATeamAndAForm(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(model.getModelElementsByType(UserTask.class))
        .allSatisfy(task -> {
          var assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
          assertThat(assignment).as("assignment of %s", task.getId()).isNotNull();
          assertThat(assignment.getCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
          var form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
          assertThat(form).as("form of %s", task.getId()).isNotNull();
          assertThat(form.getFormKey()).as("form key of %s", task.getId()).isNotBlank();
        });
  }

  private static Process process(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    return model.getModelElementsByType(Process.class).iterator().next();
  }

  /** Every node directly in the process reached over sequence flows from its start events (boundary events are not followed). */
  private static Set<FlowNode> reachableFromTheStart(Process process) {
    Set<FlowNode> seen = new HashSet<>();
    var queue = new ArrayDeque<FlowNode>(process.getChildElementsByType(StartEvent.class));
    while (!queue.isEmpty()) {
      FlowNode node = queue.poll();
      if (seen.add(node)) {
        node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(queue::add);
      }
    }
    return seen;
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
