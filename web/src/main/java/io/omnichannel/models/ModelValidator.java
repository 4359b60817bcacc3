package io.omnichannel.models;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResultType;

/**
 * Checks a model before it may be deployed: the engine's own design-time validators
 * ({@code zeebe-bpmn-model}), then our rules — every job type is one our workers serve, every user
 * task has a form we know, the customer's steps carry the properties the status page reads, timers
 * on SLA variables come after the SLA step, and every message is one our code sends.
 */
public final class ModelValidator {

  /** Larger uploads are refused before they are parsed. */
  public static final int MAX_BYTES = 1024 * 1024;

  static final String CUSTOMER_STEP = "customerStep";
  static final String DONE_BY = "customerStepDoneBy";

  /** A timer expression that is just a variable, e.g. {@code =slaDueAt}. */
  private static final Pattern VARIABLE = Pattern.compile("^=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$");

  private final ModelRules rules;

  public ModelValidator(ModelRules rules) {
    this.rules = rules;
  }

  /** The outcome: the parsed model when it could be read, and every problem found. */
  public record Validation(BpmnModelInstance model, List<ModelProblem> problems) {

    public boolean valid() {
      return model != null && problems.isEmpty();
    }

    /** The executable processes of the model, by id. */
    public List<String> processIds() {
      return model == null ? List.of() : executableProcesses(model).stream().map(Process::getId).toList();
    }
  }

  public Validation validate(byte[] bytes) {
    if (bytes.length == 0) {
      return unreadable("The file is empty.");
    }
    if (bytes.length > MAX_BYTES) {
      return unreadable("The model is larger than %d KB.".formatted(MAX_BYTES / 1024));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
      return unreadable("A BPMN file has no document type declaration or entities; this one has, and is refused.");
    }
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      return unreadable("The file is not a BPMN 2.0 model: " + rootMessage(e));
    }
    List<ModelProblem> problems = new ArrayList<>();
    if (executableProcesses(model).isEmpty()) {
      problems.add(new ModelProblem(null, "zeebe", "The model has no executable process (isExecutable=\"true\")."));
    }
    engineProblems(model, problems);
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      jobType(element, problems);
    }
    model.getModelElementsByType(UserTask.class).forEach(task -> form(task, problems));
    for (Process process : executableProcesses(model)) {
      customerSteps(process, problems);
    }
    model.getModelElementsByType(TimerEventDefinition.class).forEach(timer -> slaTimer(timer, problems));
    messages(model, problems);
    problems.sort(Comparator.comparing((ModelProblem p) -> Objects.toString(p.elementId(), "")).thenComparing(ModelProblem::rule));
    return new Validation(model, List.copyOf(problems));
  }

  private static Validation unreadable(String message) {
    return new Validation(null, List.of(new ModelProblem(null, "xml", message)));
  }

  private static void engineProblems(BpmnModelInstance model, List<ModelProblem> problems) {
    var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    results.getResults().forEach((element, list) -> list.stream()
        .filter(result -> result.getType() == ValidationResultType.ERROR)
        .forEach(result -> problems.add(new ModelProblem(idOf(element), "zeebe", result.getMessage()))));
  }

  private void jobType(BaseElement element, List<ModelProblem> problems) {
    ZeebeTaskDefinition definition = extension(element, ZeebeTaskDefinition.class);
    if (definition == null || definition.getType() == null) {
      return;
    }
    String type = definition.getType().strip();
    if (type.startsWith("=")) {
      problems.add(new ModelProblem(element.getId(), "job-type",
          "The job type is an expression (" + type + "); pick one of our steps so a worker is sure to serve it."));
    } else if (!rules.jobTypes().contains(type)) {
      problems.add(new ModelProblem(element.getId(), "job-type",
          "No worker serves the job type \"" + type + "\"; pick one of our steps (known: " + new TreeSet<>(rules.jobTypes()) + ")."));
    }
  }

  private void form(UserTask task, List<ModelProblem> problems) {
    if (extension(task, ZeebeUserTask.class) != null) {
      problems.add(new ModelProblem(task.getId(), "form",
          "This is a Camunda user task (zeebe:userTask); our task list serves job-worker user tasks: remove the zeebe:userTask element."));
    }
    ZeebeFormDefinition form = extension(task, ZeebeFormDefinition.class);
    String key = form == null ? null : form.getFormKey();
    if (key == null || key.isBlank()) {
      problems.add(new ModelProblem(task.getId(), "form", "The user task has no form key; staff could not work it. Known forms: " + new TreeSet<>(rules.formKeys()) + "."));
    } else if (!rules.formKeys().contains(key.strip())) {
      problems.add(new ModelProblem(task.getId(), "form", "No journey knows the form \"" + key + "\". Known forms: " + new TreeSet<>(rules.formKeys()) + "."));
    }
  }

  /** As {@code journeys.JourneyModel} reads them: directly in the process, reached from the start without a boundary event. */
  private void customerSteps(Process process, List<ModelProblem> problems) {
    Set<FlowNode> reached = reachedFromTheStart(process);
    List<FlowNode> steps = process.getModelInstance().getModelElementsByType(FlowNode.class).stream()
        .filter(node -> property(node, CUSTOMER_STEP).isPresent())
        .filter(node -> processOf(node) == process)
        .toList();
    if (steps.isEmpty() && rules.journeyProcessIds().contains(process.getId())) {
      problems.add(new ModelProblem(process.getId(), "customer-step",
          "The journey shows its customers no step: give its customer-facing tasks a customerStep property."));
    }
    Map<String, String> labels = new HashMap<>();
    for (FlowNode step : steps) {
      if (step.getParentElement() != process || !reached.contains(step)) {
        problems.add(new ModelProblem(step.getId(), "customer-step",
            "A customer step must sit directly in the process and be reached from the start without a boundary event; the status page would not show it."));
      }
      if (property(step, DONE_BY).filter(value -> !value.isBlank()).isEmpty()) {
        problems.add(new ModelProblem(step.getId(), "customer-step",
            "The customer step needs a customerStepDoneBy property (the history entries that mark it done)."));
      }
      String label = property(step, CUSTOMER_STEP).orElseThrow().strip();
      if (label.isEmpty()) {
        problems.add(new ModelProblem(step.getId(), "customer-step", "The customerStep label is empty."));
      } else if (labels.putIfAbsent(label, step.getId()) != null) {
        problems.add(new ModelProblem(step.getId(), "customer-step",
            "The label \"" + label + "\" is already the step of " + labels.get(label) + "; the customer could not tell them apart."));
      }
    }
    // a customer-facing job type the process uses shows as a step at least once (a second "close" on a
    // reopened path needs no label of its own)
    Set<String> shown = new HashSet<>();
    steps.forEach(step -> Optional.ofNullable(extension(step, ZeebeTaskDefinition.class)).map(ZeebeTaskDefinition::getType).ifPresent(shown::add));
    Set<String> named = new HashSet<>();
    reached.stream().sorted(Comparator.comparing(FlowNode::getId)).forEach(node -> {
      ZeebeTaskDefinition definition = extension(node, ZeebeTaskDefinition.class);
      if (definition != null && rules.customerFacingJobTypes().contains(definition.getType())
          && !shown.contains(definition.getType()) && named.add(definition.getType())) {
        problems.add(new ModelProblem(node.getId(), "customer-step",
            "The step \"" + definition.getType() + "\" is one the customer follows: give it the customerStep and customerStepDoneBy properties."));
      }
    });
  }

  private void slaTimer(TimerEventDefinition timer, List<ModelProblem> problems) {
    FlowNode event = (FlowNode) timer.getParentElement();
    for (String expression : Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
        .filter(Objects::nonNull).map(e -> e.getTextContent().strip()).toList()) {
      Matcher variable = VARIABLE.matcher(expression);
      if (!variable.matches()) {
        continue;
      }
      String name = variable.group(1);
      if (rules.slaVariables().contains(name)) {
        if (!planSlaBefore(event)) {
          problems.add(new ModelProblem(event.getId(), "sla-timer",
              "The timer reads " + name + ", which the SLA step sets: put a \"" + ModelRules.PLAN_SLA + "\" task before it."));
        }
      } else if (name.startsWith("sla")) {
        problems.add(new ModelProblem(event.getId(), "sla-timer",
            "The timer reads " + name + ", which no step sets; the SLA step sets " + new TreeSet<>(rules.slaVariables()) + "."));
      }
    }
  }

  /** Whether a plan-sla task lies on some path that leads to this node (through sub-processes and boundary events). */
  private static boolean planSlaBefore(FlowNode node) {
    Set<FlowNode> seen = new HashSet<>();
    var queue = new ArrayDeque<FlowNode>(predecessors(node));
    while (!queue.isEmpty()) {
      FlowNode current = queue.poll();
      if (!seen.add(current)) {
        continue;
      }
      ZeebeTaskDefinition definition = extension(current, ZeebeTaskDefinition.class);
      if (definition != null && ModelRules.PLAN_SLA.equals(definition.getType())) {
        return true;
      }
      queue.addAll(predecessors(current));
    }
    return false;
  }

  private static List<FlowNode> predecessors(FlowNode node) {
    List<FlowNode> before = new ArrayList<>(node.getIncoming().stream().map(SequenceFlow::getSource).toList());
    if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
      before.add(boundary.getAttachedTo());
    }
    if (node instanceof StartEvent && node.getParentElement() instanceof SubProcess sub) {
      before.add(sub);
    }
    return before;
  }

  private void messages(BpmnModelInstance model, List<ModelProblem> problems) {
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      message(((BaseElement) definition.getParentElement()).getId(), definition.getMessage(), problems);
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      message(task.getId(), task.getMessage(), problems);
    }
  }

  private void message(String elementId, Message message, List<ModelProblem> problems) {
    if (message == null || message.getName() == null) {
      return; // the engine's validators name a missing message
    }
    String name = message.getName().strip();
    if (!rules.messageNames().contains(name)) {
      problems.add(new ModelProblem(elementId, "message",
          "Nothing in the product sends the message \"" + name + "\", so this would wait forever. Known messages: " + new TreeSet<>(rules.messageNames()) + "."));
    }
  }

  static List<Process> executableProcesses(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
  }

  private static Set<FlowNode> reachedFromTheStart(Process process) {
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

  static Process processOf(ModelElementInstance element) {
    ModelElementInstance current = element.getParentElement();
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return (Process) current;
  }

  static Optional<String> property(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getChildElementsByType(ZeebeProperties.class).stream()
        .flatMap(properties -> properties.getProperties().stream())
        .filter(property -> name.equals(property.getName()))
        .map(ZeebeProperty::getValue)
        .filter(Objects::nonNull)
        .findFirst();
  }

  static <T extends ModelElementInstance> T extension(BaseElement element, Class<T> type) {
    return element.getExtensionElements() == null
        ? null
        : element.getExtensionElements().getChildElementsByType(type).stream().findFirst().orElse(null);
  }

  private static String idOf(ModelElementInstance element) {
    return element instanceof BaseElement base ? base.getId() : null;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return Objects.toString(cause.getMessage(), cause.getClass().getSimpleName());
  }
}
