package io.omnichannel.models;

import static io.omnichannel.models.TestModels.RULES;
import static io.omnichannel.models.TestModels.model;
import static io.omnichannel.models.TestModels.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule refuses a model with the element it concerns; a model that keeps every rule passes. */
class ModelValidatorTest {

  private final ModelValidator validator = new ModelValidator(RULES);

  private List<ModelProblem> problems(String body) {
    return validator.validate(model("customer-request", body)).problems();
  }

  @Test
  void aModelThatKeepsEveryRulePasses() {
    ModelValidator.Validation validation = validator.validate(model("customer-request", validBody()));
    assertThat(validation.problems()).isEmpty();
    assertThat(validation.valid()).isTrue();
    assertThat(validation.processIds()).containsExactly("customer-request");
  }

  @Test
  void unreadableFilesAreRefusedWithoutParsingSurprises() {
    assertThat(validator.validate(new byte[0]).problems()).extracting(ModelProblem::rule).containsExactly("xml");
    assertThat(validator.validate("not xml at all".getBytes(StandardCharsets.UTF_8)).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).startsWith("The file is not a BPMN 2.0 model"));
    String entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    assertThat(validator.validate(entity.getBytes(StandardCharsets.UTF_8)).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("document type declaration"));
    assertThat(validator.validate(new byte[ModelValidator.MAX_BYTES + 1]).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("larger than 1024 KB"));
  }

  @Test
  void theEnginesDesignTimeValidatorsReportPerElement() {
    String body = validBody().replace("<zeebe:taskDefinition type=\"plan-sla\" />", "");
    assertThat(problems(body)).extracting(ModelProblem::elementId, ModelProblem::rule).contains(tuple("PlanSla", "zeebe"));
  }

  @Test
  void aJobTypeNoWorkerServesIsRefused() {
    assertThat(problems(validBody().replace("type=\"send-answer\"", "type=\"send-answr\"")))
        .extracting(ModelProblem::elementId, ModelProblem::rule)
        .contains(tuple("Answer", "job-type"));
    assertThat(problems(validBody().replace("type=\"remind-team\"", "type=\"=jobType\"")))
        .extracting(ModelProblem::elementId, ModelProblem::rule)
        .containsExactly(tuple("Remind", "job-type"));
  }

  @Test
  void aUserTaskNeedsAFormAJourneyKnows() {
    assertThat(problems(validBody().replace("formKey=\"review-request\"", "formKey=\"unknown-form\"")))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.elementId()).isEqualTo("Review");
          assertThat(p.rule()).isEqualTo("form");
          assertThat(p.message()).contains("unknown-form").contains("review-request");
        });
    assertThat(problems(validBody().replace("<zeebe:formDefinition formKey=\"review-request\" />", "")))
        .extracting(ModelProblem::elementId, ModelProblem::rule)
        .contains(tuple("Review", "form"));
  }

  @Test
  void customerFacingStepsCarryTheirTrackingProperties() {
    String withoutStep = validBody().replaceFirst(
        "(?s)<bpmn:extensionElements><zeebe:properties>\\s*<zeebe:property name=\"customerStep\" value=\"We answer\" />\\s*"
            + "<zeebe:property name=\"customerStepDoneBy\" value=\"ANSWER_SENT\" />\\s*</zeebe:properties>",
        "<bpmn:extensionElements>");
    assertThat(withoutStep).isNotEqualTo(validBody());
    assertThat(problems(withoutStep)).extracting(ModelProblem::elementId, ModelProblem::rule).containsExactly(tuple("Answer", "customer-step"));

    assertThat(problems(validBody().replace("value=\"ANSWER_SENT\"", "value=\"\"")))
        .extracting(ModelProblem::elementId, ModelProblem::rule).containsExactly(tuple("Answer", "customer-step"));
    assertThat(problems(validBody().replace("We answer", "We confirm your request")))
        .extracting(ModelProblem::elementId, ModelProblem::rule).containsExactly(tuple("Answer", "customer-step"));
  }

  @Test
  void aStepOnABoundaryPathIsNotWhereTheStatusPageReadsIt() {
    String body = validBody().replace(
        "<bpmn:extensionElements><zeebe:taskDefinition type=\"remind-team\" /></bpmn:extensionElements>",
        TestModels.step("We remind the team", "REMINDED") + "<zeebe:taskDefinition type=\"remind-team\" /></bpmn:extensionElements>");
    assertThat(problems(body)).extracting(ModelProblem::elementId, ModelProblem::rule).containsExactly(tuple("Remind", "customer-step"));
  }

  @Test
  void aJourneyProcessShowsItsCustomersAtLeastOneStep() {
    String body = validBody().replaceAll("(?s)<zeebe:properties>.*?</zeebe:properties>", "");
    assertThat(validator.validate(model("customer-request", body)).problems())
        .extracting(ModelProblem::elementId, ModelProblem::rule)
        .contains(tuple("customer-request", "customer-step"));
  }

  @Test
  void aTimerOnAnSlaVariableNeedsThePlanSlaStepBeforeIt() {
    String withoutPlanning = validBody()
        .replace("<zeebe:taskDefinition type=\"plan-sla\" />", "<zeebe:taskDefinition type=\"remind-team\" />");
    assertThat(problems(withoutPlanning)).extracting(ModelProblem::elementId, ModelProblem::rule).containsExactly(tuple("Reminder", "sla-timer"));

    assertThat(problems(validBody().replace("=slaReminderAt", "=slaRemindAt")))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.elementId()).isEqualTo("Reminder");
          assertThat(p.rule()).isEqualTo("sla-timer");
          assertThat(p.message()).contains("slaRemindAt").contains("slaReminderAt");
        });
  }

  @Test
  void aMessageNothingSendsIsRefused() {
    byte[] xml = new String(model("customer-request", validBody()), StandardCharsets.UTF_8)
        .replace("name=\"CustomerRequestReceived\"", "name=\"CustomerRequestArrived\"").getBytes(StandardCharsets.UTF_8);
    assertThat(validator.validate(xml).problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.elementId()).isEqualTo("Start");
          assertThat(p.rule()).isEqualTo("message");
          assertThat(p.message()).contains("CustomerRequestArrived");
        });
  }

  @Test
  void theShippedModelsKeepTheRulesDerivedFromTheProduct() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    ModelRules derived = new ModelRules(
        jobTypeConstants(),
        formKeysOfTheShippedModels(),
        ProductModelRules.messageNames(),
        ProductModelRules.slaVariables(json),
        ProductModelRules.customerFacingJobTypes(),
        java.util.Set.of());
    assertThat(derived.slaVariables()).contains("slaDueAt", "slaReminderAt", "slaSecondEscalationAt");
    assertThat(derived.messageNames()).contains("CustomerAnswered", "ReservationRequested");
    assertThat(derived.customerFacingJobTypes()).contains("send-manual", "acknowledge-request").doesNotContain("plan-sla");
    ModelValidator shipped = new ModelValidator(derived);
    for (var resource : new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources(ModelDeployment.MODELS)) {
      assertThat(shipped.validate(resource.getContentAsByteArray()).problems()).as(resource.getFilename()).isEmpty();
    }
  }

  private static java.util.Set<String> jobTypeConstants() throws IllegalAccessException {
    java.util.Set<String> types = new java.util.HashSet<>();
    for (var field : io.omnichannel.processes.JobTypes.class.getFields()) {
      types.add((String) field.get(null));
    }
    return types;
  }

  private static java.util.Set<String> formKeysOfTheShippedModels() throws java.io.IOException {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (var resource : new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources(ModelDeployment.MODELS)) {
      var model = io.camunda.zeebe.model.bpmn.Bpmn.readModelFromStream(resource.getInputStream());
      model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition.class).forEach(f -> keys.add(f.getFormKey()));
    }
    return keys;
  }
}
