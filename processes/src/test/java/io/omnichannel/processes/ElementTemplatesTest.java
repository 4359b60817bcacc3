package io.omnichannel.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.omnichannel.processes.testsupport.ElementTemplate;
import io.omnichannel.processes.testsupport.StringConstants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the job types of the models, the constants the workers use and the Modeler's templates in step. */
class ElementTemplatesTest {

  private static final String SCHEMA =
      "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";
  private static final Path MODELS = Path.of("src/main/resources/bpmn");

  /** Every process's variable names; a template may only map variables a model knows. */
  private static final Set<String> PROCESS_VARIABLES =
      Stream.of(
              ManualRequestProcess.Variables.class,
              CustomerRequestProcess.Variables.class,
              ComplaintProcess.Variables.class,
              ReservationProcess.Variables.class,
              OrderFulfilmentProcess.Variables.class,
              ClickAndCollectProcess.Variables.class)
          .flatMap(variables -> StringConstants.of(variables).stream())
          .collect(Collectors.toUnmodifiableSet());

  private static Set<String> serviceJobTypes() {
    var types = new HashSet<>(StringConstants.of(JobTypes.class));
    types.remove(JobTypes.USER_TASK);
    return types;
  }

  static List<ElementTemplate> templates() {
    return ElementTemplate.all();
  }

  @Test
  void everyJobTypeHasExactlyOneTemplate() {
    var templatesByJobType =
        templates().stream().collect(Collectors.groupingBy(ElementTemplate::jobType, Collectors.counting()));

    assertThat(templatesByJobType.keySet()).containsExactlyInAnyOrderElementsOf(serviceJobTypes());
    assertThat(templatesByJobType).allSatisfy((jobType, count) -> assertThat(count).as(jobType).isEqualTo(1));
  }

  @Test
  void everyServiceTaskInEveryModelUsesAKnownJobType() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.list(MODELS)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).toList();
    }
    assertThat(models).isNotEmpty();

    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Bpmn.validateModel(model);
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        var definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
        assertThat(definition).as("task definition of %s in %s", task.getId(), file.getFileName()).isNotNull();
        assertThat(definition.getType())
            .as("job type of %s in %s", task.getId(), file.getFileName())
            .isIn(serviceJobTypes());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void isAServiceTaskTemplateForItsJobType(ElementTemplate template) {
    assertThat(template.text("$schema")).isEqualTo(SCHEMA);
    assertThat(template.text("id")).isEqualTo("io.omnichannel." + template.jobType());
    assertThat(template.text("name")).isNotBlank();
    assertThat(template.text("description")).isNotBlank();
    assertThat(template.json().path("version").isInt()).as("integer version").isTrue();
    assertThat(template.json().path("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:Task");
    assertThat(template.json().path("elementType").path("value").asText()).isEqualTo("bpmn:ServiceTask");
    assertThat(template.file().getFileName()).hasToString(template.jobType() + ".json");

    assertThat(template.taskDefinition("type"))
        .singleElement()
        .satisfies(type -> assertThat(type.path("type").asText()).isEqualTo("Hidden"));
    assertThat(template.taskDefinition("retries"))
        .singleElement()
        .satisfies(retries -> assertThat(retries.path("value").asText()).containsOnlyDigits().isNotEqualTo("0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void documentsItsInputsAndOutputsInTermsOfProcessVariables(ElementTemplate template) {
    var inputs = template.propertiesBoundTo("zeebe:input");
    var outputs = template.propertiesBoundTo("zeebe:output");

    assertThat(inputs).as("every worker has inputs").isNotEmpty();
    assertThat(Stream.concat(inputs.stream(), outputs.stream()))
        .allSatisfy(
            property -> {
              assertThat(property.path("label").asText()).isNotBlank();
              assertThat(property.path("description").asText()).isNotBlank();
            });
    assertThat(names(inputs, p -> p.path("binding").path("name").asText()))
        .as("every worker about a request needs its id; the daily digest is about no request, but about a day")
        .contains(template.jobType().equals(JobTypes.SEND_COMPLAINT_DIGEST)
            ? ComplaintProcess.Variables.DIGEST_DATE
            : ManualRequestProcess.Variables.REQUEST_ID)
        .isSubsetOf(PROCESS_VARIABLES);
    assertThat(names(outputs, p -> p.path("value").asText())).isSubsetOf(PROCESS_VARIABLES);
    assertThat(outputs).allSatisfy(p -> assertThat(p.path("binding").path("source").asText()).startsWith("="));
  }

  private static List<String> names(List<JsonNode> properties, Function<JsonNode, String> name) {
    return properties.stream().map(name).toList();
  }
}
