package io.omnichannel.models;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a new model changes against the running version, element by element: added, removed, and
 * changed with each property's old and new value (type, name, job type, form, timers, messages,
 * conditions, flows, input/output mappings, headers, extension properties).
 */
public final class ModelDiff {

  /** One element's change. {@code changes} holds "property: old → new" for a changed element. */
  public record ElementChange(String elementId, String kind, String description, List<String> changes) {}

  public record Result(List<ElementChange> added, List<ElementChange> removed, List<ElementChange> changed) {

    public boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** E.g. "2 added, 1 removed, 3 changed" — the audit log's summary. */
    public String summary() {
      return isEmpty() ? "no change" : "%d added, %d removed, %d changed".formatted(added.size(), removed.size(), changed.size());
    }
  }

  private ModelDiff() {}

  /**
   * @param running the running version, or {@code null} for a new process (everything is added)
   * @param processId the process compared (a file may hold more than one)
   */
  public static Result between(BpmnModelInstance running, BpmnModelInstance candidate, String processId) {
    Map<String, Map<String, String>> before = running == null ? Map.of() : facts(running, processId);
    Map<String, Map<String, String>> after = facts(candidate, processId);
    List<ElementChange> added = new ArrayList<>();
    List<ElementChange> removed = new ArrayList<>();
    List<ElementChange> changed = new ArrayList<>();
    after.forEach((id, facts) -> {
      Map<String, String> old = before.get(id);
      if (old == null) {
        added.add(new ElementChange(id, facts.get("type"), describe(facts), List.of()));
      } else if (!old.equals(facts)) {
        List<String> changes = new ArrayList<>();
        for (String key : new TreeSet<>(union(old, facts))) {
          String was = old.get(key);
          String is = facts.get(key);
          if (!Objects.equals(was, is)) {
            changes.add(key + ": " + Objects.toString(was, "(none)") + " → " + Objects.toString(is, "(none)"));
          }
        }
        changed.add(new ElementChange(id, facts.get("type"), describe(facts), changes));
      }
    });
    before.forEach((id, facts) -> {
      if (!after.containsKey(id)) {
        removed.add(new ElementChange(id, facts.get("type"), describe(facts), List.of()));
      }
    });
    return new Result(added, removed, changed);
  }

  private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
    var keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static String describe(Map<String, String> facts) {
    String name = facts.get("name");
    String what = facts.get("type") + (name == null ? "" : " \"" + name + "\"");
    if (facts.containsKey("job type")) {
      what += " (" + facts.get("job type") + ")";
    }
    if (facts.containsKey("from")) {
      what += " " + facts.get("from") + " → " + facts.get("to");
    }
    return what;
  }

  /** The comparable facts of every flow element, by id, in id order. */
  static Map<String, Map<String, String>> facts(BpmnModelInstance model, String processId) {
    Map<String, Map<String, String>> all = new TreeMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      var process = ModelValidator.processOf(element);
      if (process != null && process.getId().equals(processId)) {
        all.put(element.getId(), factsOf(element));
      }
    }
    return all;
  }

  private static Map<String, String> factsOf(FlowElement element) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("type", element.getElementType().getTypeName());
    put(facts, "name", element.getName());
    if (element.getParentElement() instanceof BaseElement parent) {
      facts.put("in", parent.getId());
    }
    ZeebeTaskDefinition task = ModelValidator.extension(element, ZeebeTaskDefinition.class);
    if (task != null) {
      put(facts, "job type", task.getType());
      put(facts, "retries", task.getRetries());
    }
    ZeebeFormDefinition form = ModelValidator.extension(element, ZeebeFormDefinition.class);
    if (form != null) {
      put(facts, "form", form.getFormKey());
    }
    ZeebeAssignmentDefinition assignment = ModelValidator.extension(element, ZeebeAssignmentDefinition.class);
    if (assignment != null) {
      put(facts, "candidate groups", assignment.getCandidateGroups());
      put(facts, "assignee", assignment.getAssignee());
    }
    ZeebeIoMapping io = ModelValidator.extension(element, ZeebeIoMapping.class);
    if (io != null) {
      io.getInputs().forEach(input -> facts.put("input " + input.getTarget(), input.getSource()));
      io.getOutputs().forEach(output -> facts.put("output " + output.getTarget(), output.getSource()));
    }
    ZeebeTaskHeaders headers = ModelValidator.extension(element, ZeebeTaskHeaders.class);
    if (headers != null) {
      headers.getHeaders().forEach(header -> facts.put("header " + header.getKey(), header.getValue()));
    }
    ZeebeProperties properties = ModelValidator.extension(element, ZeebeProperties.class);
    if (properties != null) {
      properties.getProperties().forEach(property -> facts.put("property " + property.getName(), property.getValue()));
    }
    if (element instanceof SequenceFlow flow) {
      facts.put("from", flow.getSource().getId());
      facts.put("to", flow.getTarget().getId());
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null) {
        put(facts, "condition", condition.getTextContent());
      }
    }
    if (element instanceof BoundaryEvent boundary) {
      facts.put("attached to", boundary.getAttachedTo().getId());
      facts.put("interrupting", String.valueOf(boundary.cancelActivity()));
    }
    if (element instanceof Event event) {
      for (EventDefinition definition : event.getChildElementsByType(EventDefinition.class)) {
        eventDefinition(definition, facts);
      }
    }
    if (element instanceof ReceiveTask receive && receive.getMessage() != null) {
      put(facts, "message", receive.getMessage().getName());
    }
    return facts;
  }

  private static void eventDefinition(EventDefinition definition, Map<String, String> facts) {
    facts.put("event", definition.getElementType().getTypeName());
    if (definition instanceof TimerEventDefinition timer) {
      if (timer.getTimeDate() != null) {
        put(facts, "timer date", timer.getTimeDate().getTextContent());
      }
      if (timer.getTimeDuration() != null) {
        put(facts, "timer duration", timer.getTimeDuration().getTextContent());
      }
      if (timer.getTimeCycle() != null) {
        put(facts, "timer cycle", timer.getTimeCycle().getTextContent());
      }
    }
    if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
      put(facts, "message", message.getMessage().getName());
    }
  }

  private static void put(Map<String, String> facts, String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.put(key, value.strip());
    }
  }
}
