package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.JourneyStep;
import io.omnichannel.journeys.JourneySteps;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.tasks.TaskForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every registered journey must bring, checked for each one the application knows, so the
 * next journey cannot forget a part: its model on the classpath, an element template for each job
 * type, a form for each user task, customer steps in the model, its types in the portal and the
 * API, its section in {@code docs/processes.md}. And the status page of each of its requests shows
 * the steps of its own model, in every state it can be in.
 */
@EndToEndTest
class RegisteredJourneysTest {

  private static final Path ELEMENT_TEMPLATES = Path.of("../processes/element-templates");
  private static final Path PROCESS_CATALOGUE = Path.of("../docs/processes.md");
  private static final Pattern STEP =
      Pattern.compile("<li class=\"step step-(done|current|next)\"[^>]*>\\s*<span class=\"step-mark\">[^<]*</span>\\s*<span class=\"step-label\">([^<]+)</span>");

  @LocalServerPort int port;
  @Autowired Journeys journeys;
  @Autowired JdbcClient jdbc;
  @Autowired JourneySteps journeySteps;

  @Test
  void theApplicationKnowsEveryJourney() {
    assertThat(journeys.all()).extracting(Journey::name).contains("manual-request", "customer-request", "reservation", "order-fulfilment", "click-and-collect");
  }

  @Test
  void everyJourneyBringsItsModelTemplatesFormsStepsTypesAndDocs() throws IOException {
    String catalogue = Files.readString(PROCESS_CATALOGUE);
    String openApi = new WebSession(port).get("/v3/api-docs").body();
    for (Journey journey : journeys.all()) {
      Process process = process(journey);
      String name = journey.name();

      assertThat(process.getChildElementsByType(ServiceTask.class))
          .as(name + ": an element template for each job type")
          .allSatisfy(task -> assertThat(ELEMENT_TEMPLATES.resolve(jobType(task) + ".json")).exists());

      Set<String> forms = journey.taskForms().stream().map(TaskForm::formKey).collect(Collectors.toSet());
      assertThat(process.getChildElementsByType(UserTask.class))
          .as(name + ": a form for each user task")
          .isNotEmpty()
          .allSatisfy(task -> assertThat(forms).contains(formKey(task)));
      assertThat(journey.taskForms())
          .as(name + ": each form's fragment is a template on the classpath")
          .allSatisfy(form -> assertThat(template(form.fragment())).isNotNull());

      List<FlowNode> steps = customerSteps(process);
      assertThat(steps).as(name + ": customer steps in the model").isNotEmpty();
      assertThat(steps)
          .as(name + ": every customer step says which history entries mark it done")
          .allSatisfy(step -> assertThat(property(step, "customerStepDoneBy")).isPresent());

      assertThat(catalogue).as(name + ": a section in docs/processes.md").contains("## " + journey.process().processId());
      for (RequestType type : journey.requestTypes()) {
        assertThat(catalogue).as(type.name() + " in docs/processes.md").contains("`" + type.name() + "`");
        if (!type.takesForms()) {
          // orders come through an API of their own, not through forms
          assertThat(openApi).as(type.name() + " in the API").contains("\"/api/v1/orders\"");
          continue;
        }
        assertThat(openApi).as(type.name() + " in the API").contains("\"/api/v1/requests/" + type.path() + "\"");
        assertThat(type.intake().fields()).as(type.name() + ": its fields for the API")
            .extracting(IntakeField::name).contains("name", "email");
        assertThat(new WebSession(port).get("/requests/" + type.path() + "/new").status())
            .as(type.name() + ": its portal form").isEqualTo(200);
        assertThat(template(type.intake().fragment())).as(type.name() + ": its fields' fragment").isNotNull();
      }
    }
  }

  /**
   * Each type's fields fragment, on the customer's form and on the staff's: an input for every field
   * its intake reads, and a refused empty form says each problem once, next to its field.
   */
  @Test
  void everyTypesFormAsksForItsFields_onThePortalAndForStaff() {
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    for (RequestType type : journeys.formTypes()) {
      Page portal = new WebSession(port).get("/requests/" + type.path() + "/new");
      Page staff = anna.get("/staff/requests/new?type=" + type.path());
      for (Page form : List.of(portal, staff)) {
        assertThat(form.status()).as(type.path()).isEqualTo(200);
        for (IntakeField field : type.intake().fields()) {
          assertThat(form.body()).as(type.path() + " asks for " + field.name()).contains("name=\"" + field.name() + "\"");
        }
      }
      WebSession customer = new WebSession(port);
      customer.get("/requests/" + type.path() + "/new");
      Page refused = customer.postMultipart("/requests/" + type.path(), java.util.Map.of("name", ""), null);
      assertThat(refused.status()).as(type.path()).isEqualTo(422);
      List<String> errors = fieldErrors(refused.body());
      assertThat(errors).as(type.path() + ": each problem once").doesNotHaveDuplicates().contains("Please tell us your name.");
    }
  }

  private static List<String> fieldErrors(String html) {
    List<String> errors = new ArrayList<>();
    Matcher error = Pattern.compile("<span class=\"field-error\">([^<]+)</span>").matcher(html);
    while (error.find()) {
      errors.add(error.group(1));
    }
    return errors;
  }

  /**
   * For each request type, a request at each point of its model (no step done, then one more done
   * each time): the page lists only steps of its own model, the done ones as done, then the current
   * and the next one.
   */
  @Test
  void theStatusPageShowsTheStepsOfTheRequestsOwnModel_inEachState() {
    for (Journey journey : journeys.all()) {
      Process process = process(journey);
      Set<String> ownLabels = customerSteps(process).stream().map(step -> property(step, "customerStep").orElseThrow()).collect(Collectors.toSet());
      for (RequestType type : journey.requestTypes()) {
        List<JourneyStep> steps = stepsInOrder(type);
        assertThat(steps).extracting(JourneyStep::label).as(type.name()).containsExactlyInAnyOrderElementsOf(ownLabels);
        for (int done = 0; done <= steps.size(); done++) {
          String token = requestWith(type, steps.subList(0, done));
          List<String[]> shown = shownSteps(new WebSession(port).get("/track/" + token));
          String state = type.name() + " with " + done + " step(s) done";

          assertThat(shown).as(state + ": steps of its own model only").extracting(s -> s[1]).isNotEmpty().allMatch(ownLabels::contains);
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < Math.min(done + 2, steps.size()); i++) {
            expected.add((i < done ? "done" : i == done ? "current" : "next") + ":" + steps.get(i).label());
          }
          assertThat(shown).as(state).extracting(s -> s[0] + ":" + s[1]).containsExactlyElementsOf(expected);
        }
      }
    }
  }

  /** The model's order of the customer steps, as the product reads it (by distance from the start). */
  private List<JourneyStep> stepsInOrder(RequestType type) {
    return journeySteps.stepsOf(type.name());
  }

  /**
   * A request of the type whose history marks the given steps done (the first kind each names), and
   * nothing else. Closed, so the watchdog of the shared application does not raise it: the steps come
   * from the history, whatever the status.
   */
  private String requestWith(RequestType type, List<JourneyStep> done) {
    UUID id = UUID.randomUUID();
    String token = "journey-steps-" + UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            INSERT INTO service_requests (id, reference, tracking_token, type, channel, status, contact_name, contact_email,
                                          type_number, expected_by, created_at, updated_at, closed_at)
            VALUES (:id, :reference, :token, :type, 'WEB', 'CLOSED', 'Step Tester', 'steps@example.com', 'VS-300-GN',
                    :expected, :now, :now, :now)
            """)
        .param("id", id)
        .param("reference", "ST-" + id.toString().substring(0, 13))
        .param("token", token)
        .param("type", type.name())
        .param("expected", java.sql.Timestamp.from(now.plusSeconds(86_400)))
        .param("now", java.sql.Timestamp.from(now))
        .update();
    for (JourneyStep step : done) {
      jdbc.sql("INSERT INTO request_events (id, request_id, occurred_at, kind, summary, customer_visible, actor) VALUES (?, ?, ?, ?, ?, true, 'test')")
          .params(UUID.randomUUID(), id, java.sql.Timestamp.from(now), step.doneBy().iterator().next(), step.label())
          .update();
    }
    return token;
  }

  private static List<String[]> shownSteps(Page page) {
    assertThat(page.status()).isEqualTo(200);
    List<String[]> shown = new ArrayList<>();
    Matcher step = STEP.matcher(page.body());
    while (step.find()) {
      shown.add(new String[] {step.group(1), step.group(2).strip().replace("&#39;", "'")});
    }
    return shown;
  }

  private static Process process(Journey journey) {
    try (InputStream in = RegisteredJourneysTest.class.getClassLoader().getResourceAsStream(journey.process().resource())) {
      assertThat(in).as(journey.name() + ": its model " + journey.process().resource() + " on the classpath").isNotNull();
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Process process = model.getModelElementById(journey.process().processId());
      assertThat(process).as(journey.name() + ": the process " + journey.process().processId() + " in its model").isNotNull();
      return process;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<FlowNode> customerSteps(Process process) {
    return process.getChildElementsByType(FlowNode.class).stream().filter(node -> property(node, "customerStep").isPresent()).toList();
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

  private static String jobType(ServiceTask task) {
    return task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
  }

  private static String formKey(UserTask task) {
    return task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormKey();
  }

  /** The template file of a fragment selector such as {@code journeys/reservation/tasks :: set-aside}. */
  private static java.net.URL template(String fragment) {
    return RegisteredJourneysTest.class.getClassLoader().getResource("templates/" + fragment.split("::")[0].strip() + ".html");
  }
}
