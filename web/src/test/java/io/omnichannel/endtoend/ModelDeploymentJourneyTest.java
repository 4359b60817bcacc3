package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.audit.AuditEntry;
import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import io.omnichannel.models.ModelDeploymentRestart;
import io.omnichannel.models.ModelRules;
import io.omnichannel.models.ModelValidator;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersion;
import io.omnichannel.modelversions.ModelVersions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paul changes the manual-request model from the console, on the real broker: a valid upload becomes
 * the latest version; a request that was waiting at the review before finishes on its old version
 * while a new request runs on the new one; an invalid upload is refused with its reasons per element
 * and deploys nothing; the next start of the application keeps Paul's version; a roll-back brings
 * the old model back as a new version; agents and team leads are refused.
 */
@EndToEndTest
class ModelDeploymentJourneyTest {

  private static final String PROCESS = "manual-request";
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ModelVersions versions;
  @Autowired ConsoleAudit audit;
  @Autowired ModelValidator validator;
  @Autowired ModelRules rules;
  @Autowired ApplicationContext context;

  @Test
  void theShippedModelsKeepTheRulesTheRunningProductDerives() throws IOException {
    assertThat(rules.jobTypes()).contains("plan-sla", "send-manual", "io.camunda.zeebe:userTask");
    assertThat(rules.formKeys()).contains("manual-request-review");
    assertThat(rules.journeyProcessIds()).contains(PROCESS, "reservation");
    for (var model : new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/*.bpmn")) {
      assertThat(validator.validate(model.getContentAsByteArray()).problems()).as(model.getFilename()).isEmpty();
    }
  }

  @Test
  void aValidUploadServesNewRequests_whileOlderOnesFinishOnTheirVersion_andARollBackRestoresTheOldModel() throws IOException {
    // the shipped model, or the same XML rolled back to by an earlier test of this run
    ModelVersion before = versions.latest(PROCESS).orElseThrow();
    assertThat(before.checksum()).isEqualTo(io.omnichannel.modelversions.ModelVersions.checksum(classpathModel()));
    QueuedTask older = QueuedTask.raise(port, jdbc, "Olga Oldversion");

    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    assertThat(paul.get("/staff/console").body()).contains("href=\"/staff/console/models\"");

    // an invalid model: refused with the reason per element, nothing deployed
    String invalid = classpathModel().replace("type=\"send-manual\"", "type=\"send-manuel\"")
        .replace("formKey=\"manual-request-review\"", "formKey=\"no-such-form\"");
    Page refused = paul.postMultipart("/staff/console/models/upload", Map.of("action", "deploy"), bpmn("manual-request.bpmn", invalid));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("ServiceTask_SendManual").contains("send-manuel")
        .contains("UserTask_ReviewManualRequest").contains("no-such-form")
        .contains("was not deployed");
    assertThat(versions.latest(PROCESS).orElseThrow().version()).isEqualTo(before.version());

    // a check shows the differences without deploying
    String secondLook = withSecondLook(classpathModel());
    Page checked = paul.postMultipart("/staff/console/models/upload", Map.of("action", "check"), bpmn("manual-request-second-look.bpmn", secondLook));
    assertThat(checked.status()).isEqualTo(200);
    assertThat(checked.body()).contains("The model is valid").contains("UserTask_SecondLook").contains("Flow_ToSecondLook")
        .contains("from: UserTask_ReviewManualRequest → UserTask_SecondLook");
    assertThat(versions.latest(PROCESS).orElseThrow().version()).isEqualTo(before.version());

    Page deployed = paul.postMultipart("/staff/console/models/upload", Map.of("action", "deploy"), bpmn("manual-request-second-look.bpmn", secondLook));
    assertThat(deployed.status()).isEqualTo(200);
    assertThat(deployed.uri().getPath()).isEqualTo("/staff/console/models/" + PROCESS);
    ModelVersion pauls = versions.latest(PROCESS).orElseThrow();
    try {
      assertThat(pauls.version()).isEqualTo(before.version() + 1);
      assertThat(pauls.deployedBy()).isEqualTo("paul");
      assertThat(pauls.source()).isEqualTo(ModelSource.UPLOAD);
      assertThat(pauls.resourceName()).isEqualTo("manual-request-second-look.bpmn");
      assertThat(deployed.body()).contains("as version " + pauls.version()).contains("manual-request-second-look.bpmn");
      AuditEntry entry = audit.latest("model", PROCESS, 1).getFirst();
      assertThat(entry.username()).isEqualTo("paul");
      assertThat(entry.action()).isEqualTo("deployed v" + pauls.version());
      assertThat(entry.detail()).containsEntry("source", "upload").containsEntry("version", pauls.version()).containsEntry("diff", "2 added, 0 removed, 1 changed");

      // the next start of the application does not put the classpath model back over Paul's
      assertThat(ModelDeploymentRestart.deployAgain(context)).contains(PROCESS + ":" + pauls.version());
      assertThat(versions.latest(PROCESS).orElseThrow().version()).isEqualTo(pauls.version());

      // a request started now runs on Paul's version: after the review comes his second look
      QueuedTask newer = QueuedTask.raise(port, jdbc, "Nina Newversion");
      WebSession anna = new WebSession(port);
      anna.signIn("anna", "demo");
      String answer = "Here is what we found about your appliance: the manual is attached to this answer.";
      complete(anna, older.jobKey(), answer);
      complete(anna, newer.jobKey(), answer);
      long secondLookTask = await().atMost(TIMEOUT).until(
          () -> jdbc.sql("select job_key from user_tasks where process_instance_key = ? and element_id = 'UserTask_SecondLook' and state = 'OPEN'")
              .param(newer.processInstanceKey()).query(Long.class).optional().orElse(null),
          key -> key != null);
      // the request that waited before finishes on its version: answered and closed, without a second look
      await().atMost(TIMEOUT).untilAsserted(() -> assertThat(status(older.reference())).isEqualTo("CLOSED"));
      assertThat(jdbc.sql("select count(*) from user_tasks where process_instance_key = ? and element_id = 'UserTask_SecondLook'")
              .param(older.processInstanceKey()).query(Long.class).single())
          .isZero();
      complete(anna, secondLookTask, answer);
      await().atMost(TIMEOUT).untilAsserted(() -> assertThat(status(newer.reference())).isEqualTo("CLOSED"));
    } finally {
      // roll back, so the other journeys of this run meet the shipped model again
      Page rolledBack = paul.postForm("/staff/console/models/" + PROCESS + "/versions/" + before.version() + "/roll-back", Map.of());
      assertThat(rolledBack.status()).isEqualTo(200);
      assertThat(rolledBack.body()).contains("Rolled back");
    }
    ModelVersion restored = versions.latest(PROCESS).orElseThrow();
    assertThat(restored.version()).isEqualTo(pauls.version() + 1);
    assertThat(restored.source()).isEqualTo(ModelSource.ROLLBACK);
    assertThat(restored.rolledBackFrom()).isEqualTo(before.version());
    assertThat(restored.checksum()).isEqualTo(before.checksum());
    assertThat(audit.latest("model", PROCESS, 1).getFirst().action()).isEqualTo("rolled back to v" + before.version() + " (as v" + restored.version() + ")");

    Page catalogue = paul.get("/staff/console/models");
    assertThat(catalogue.status()).isEqualTo(200);
    assertThat(catalogue.body()).contains("process-" + PROCESS).contains("manual-request-second-look.bpmn").contains("rolled back to v" + before.version());
    assertThat(paul.get("/staff/console/models/" + PROCESS + "/versions/" + pauls.version() + ".bpmn").body()).contains("UserTask_SecondLook");
  }

  @Test
  void anUploadThatIsNoModelIsRefusedWithAMessageAtTheField_andDeploysNothing() {
    int latest = versions.latest(PROCESS).orElseThrow().version();
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");

    Page none = paul.postMultipart("/staff/console/models/upload", Map.of("action", "deploy"), null);
    assertThat(none.status()).isEqualTo(422);
    assertThat(none.body()).contains("Please choose a .bpmn file.");

    Page text = paul.postMultipart("/staff/console/models/upload", Map.of("action", "deploy"), bpmn("notes.txt", "hello"));
    assertThat(text.status()).isEqualTo(422);
    assertThat(text.body()).contains("Only .bpmn files are taken.");

    Page entities = paul.postMultipart("/staff/console/models/upload", Map.of("action", "deploy"),
        bpmn("evil.bpmn", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
    assertThat(entities.status()).isEqualTo(422);
    assertThat(entities.body()).contains("document type declaration").doesNotContain("root:");

    assertThat(versions.latest(PROCESS).orElseThrow().version()).isEqualTo(latest);
    assertThat(paul.get("/staff/console/models/no-such-process").status()).isEqualTo(404);
    assertThat(paul.get("/staff/console/models/" + PROCESS + "/versions/999.bpmn").status()).isEqualTo(404);
  }

  @Test
  void agentsAndTeamLeadsAreRefusedTheModels() {
    for (String user : new String[] {"anna", "lena"}) {
      WebSession session = new WebSession(port);
      session.signIn(user, "demo");
      assertThat(session.get("/staff/console/models").status()).as(user).isEqualTo(403);
      assertThat(session.get("/staff/console/models/" + PROCESS + "/versions/1.bpmn").status()).as(user).isEqualTo(403);
      assertThat(session.postMultipart("/staff/console/models/upload", Map.of("action", "deploy"), bpmn("x.bpmn", "<x/>")).status())
          .as(user).isEqualTo(403);
      assertThat(session.postForm("/staff/console/models/" + PROCESS + "/versions/1/roll-back", Map.of()).status()).as(user).isEqualTo(403);
    }
  }

  private void complete(WebSession staff, long jobKey, String answer) {
    Page done = staff.postForm("/staff/tasks/" + jobKey + "/complete", Map.of("decision", "ANSWER", "answerText", answer));
    assertThat(done.status()).as("task %d completed", jobKey).isEqualTo(200);
  }

  private String status(String reference) {
    return jdbc.sql("select status from service_requests where reference = ?").param(reference).query(String.class).single();
  }

  private static Upload bpmn(String name, String xml) {
    return new Upload("file", name, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String classpathModel() throws IOException {
    try (InputStream in = ModelDeploymentJourneyTest.class.getResourceAsStream("/bpmn/manual-request.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The manual request with a second review by the service centre after the first. */
  static String withSecondLook(String model) {
    String changed = model
        .replace("<bpmn:outgoing>Flow_ToDecision</bpmn:outgoing>", "<bpmn:outgoing>Flow_ToSecondLook</bpmn:outgoing>")
        .replace("<bpmn:sequenceFlow id=\"Flow_ToDecision\" sourceRef=\"UserTask_ReviewManualRequest\"",
            "<bpmn:sequenceFlow id=\"Flow_ToDecision\" sourceRef=\"UserTask_SecondLook\"")
        .replace("</bpmn:process>", """
            <bpmn:userTask id="UserTask_SecondLook" name="Second look at the answer">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="service-centre" />
                <zeebe:formDefinition formKey="manual-request-review" />
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_ToSecondLook</bpmn:incoming>
              <bpmn:outgoing>Flow_ToDecision</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_ToSecondLook" sourceRef="UserTask_ReviewManualRequest" targetRef="UserTask_SecondLook" />
          </bpmn:process>""");
    assertThat(changed).isNotEqualTo(model);
    return changed;
  }
}
