package io.omnichannel.models;

import static io.omnichannel.models.TestModels.model;
import static io.omnichannel.models.TestModels.validBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The readable differences to the running version: added, removed and changed elements with their properties. */
class ModelDiffTest {

  private static BpmnModelInstance parse(byte[] xml) {
    return io.camunda.zeebe.model.bpmn.Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
  }

  @Test
  void theSameModelHasNoDifference() {
    var diff = ModelDiff.between(parse(model("p", validBody())), parse(model("p", validBody())), "p");
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.summary()).isEqualTo("no change");
  }

  @Test
  void renamedRetypedAndRetimedElementsAreChangedWithOldAndNewValues() {
    String changed = validBody()
        .replace("name=\"Send answer\"", "name=\"Send the answer\"")
        .replace("type=\"remind-team\"", "type=\"send-answer\"")
        .replace("=slaReminderAt", "=slaDueAt");
    var diff = ModelDiff.between(parse(model("p", validBody())), parse(model("p", changed)), "p");

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).extracting(ModelDiff.ElementChange::elementId).containsExactlyInAnyOrder("Answer", "Remind", "Reminder");
    assertThat(diff.changed()).filteredOn(c -> c.elementId().equals("Answer")).singleElement()
        .satisfies(c -> assertThat(c.changes()).containsExactly("name: Send answer → Send the answer"));
    assertThat(diff.changed()).filteredOn(c -> c.elementId().equals("Remind")).singleElement()
        .satisfies(c -> assertThat(c.changes()).containsExactly("job type: remind-team → send-answer"));
    assertThat(diff.changed()).filteredOn(c -> c.elementId().equals("Reminder")).singleElement()
        .satisfies(c -> assertThat(c.changes()).containsExactly("timer date: =slaReminderAt → =slaDueAt"));
    assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 3 changed");
  }

  @Test
  void addedAndRemovedElementsAndFlowsAreNamed() {
    String rerouted = validBody()
        .replace("<bpmn:sequenceFlow id=\"F4\" sourceRef=\"Review\" targetRef=\"Answer\" />",
            "<bpmn:sequenceFlow id=\"F4b\" sourceRef=\"Review\" targetRef=\"Answer\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">=true</bpmn:conditionExpression></bpmn:sequenceFlow>")
        .replace("<bpmn:outgoing>F4</bpmn:outgoing>", "<bpmn:outgoing>F4b</bpmn:outgoing>")
        .replace("<bpmn:incoming>F4</bpmn:incoming>", "<bpmn:incoming>F4b</bpmn:incoming>");
    var diff = ModelDiff.between(parse(model("p", validBody())), parse(model("p", rerouted)), "p");

    assertThat(diff.added()).singleElement().satisfies(c -> {
      assertThat(c.elementId()).isEqualTo("F4b");
      assertThat(c.description()).contains("sequenceFlow").contains("Review → Answer");
    });
    assertThat(diff.removed()).extracting(ModelDiff.ElementChange::elementId).containsExactly("F4");
  }

  @Test
  void aNewProcessIsAllAdded() {
    var diff = ModelDiff.between(null, parse(model("p", validBody())), "p");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
    assertThat(diff.added()).extracting(ModelDiff.ElementChange::elementId).contains("Start", "Ack", "PlanSla", "Review", "F1");
  }
}
