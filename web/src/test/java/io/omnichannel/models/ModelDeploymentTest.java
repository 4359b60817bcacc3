package io.omnichannel.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.ServerSocket;
import java.net.URI;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The models reach the engine at start, or later when the engine was not there at start. */
class ModelDeploymentTest {

  @Test
  void anEngineThatIsNotThereAtStartIsTriedAgain_andTheHealthSaysSo() throws Exception {
    InMemoryVersionRecord record = new InMemoryVersionRecord();
    try (CamundaClient client = clientOf("127.0.0.1:" + freePort())) {
      ModelDeployment deployment = new ModelDeployment(client, record, Clock.systemUTC());
      deployment.start();
      try {
        assertThat(deployment.isRunning()).as("the application starts all the same").isTrue();
        assertThat(deployment.deployed()).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> deployment.attempts() >= 2);
        assertThat(deployment.lastError()).isNotBlank();
        var health = new ProcessModelsHealthIndicator(deployment).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("models", deployment.modelCount()).containsKey("lastError");
      } finally {
        deployment.stop();
      }
    }
  }

  @Test
  void theModelsOnTheClasspathAreDeployedOnce() throws Exception {
    ZeebeTestEngine engine = EngineFactory.create();
    engine.start();
    InMemoryVersionRecord record = new InMemoryVersionRecord();
    try (CamundaClient client = clientOf(engine.getGatewayAddress())) {
      ModelDeployment deployment = new ModelDeployment(client, record, Clock.systemUTC());
      deployment.start();
      // a fresh engine on a busy machine may take longer than the client's deadline: then a retry deploys
      await().atMost(Duration.ofSeconds(60)).until(deployment::deployed);
      assertThat(deployment.deployedVersions())
          .contains("manual-request:1", "customer-request:1", "complaint:1", "complaint-digest:1");
      // every file deploys its processes; complaint.bpmn holds two (the journey and its daily digest)
      assertThat(deployment.deployedVersions()).hasSize(deployment.modelCount() + 1);
      assertThat(new ProcessModelsHealthIndicator(deployment).health().getStatus()).isEqualTo(Status.UP);

      ModelDeployment restarted = new ModelDeployment(client, record, Clock.systemUTC());
      restarted.start();
      await().atMost(Duration.ofSeconds(60)).until(restarted::deployed);
      assertThat(restarted.deployedVersions()).as("unchanged models get no new version").contains("manual-request:1");
      deployment.stop();
      restarted.stop();
      assertThat(record.rows).as("every version is recorded once, by system, from the classpath")
          .allSatisfy(row -> assertThat(row.by()).isEqualTo("system"))
          .extracting(Row::key)
          .doesNotHaveDuplicates();
    } finally {
      engine.stop();
    }
  }

  @Test
  void aProcessOwnersVersionIsNotOverwrittenByTheClasspathModelAtTheNextStart() throws Exception {
    ZeebeTestEngine engine = EngineFactory.create();
    engine.start();
    InMemoryVersionRecord record = new InMemoryVersionRecord();
    try (CamundaClient client = clientOf(engine.getGatewayAddress())) {
      ModelDeployment first = new ModelDeployment(client, record, Clock.systemUTC());
      first.start();
      await().atMost(Duration.ofSeconds(60)).until(first::deployed);
      first.stop();
      // paul deploys his own version of the manual request
      String classpath = new String(getClass().getResourceAsStream("/bpmn/manual-request.bpmn").readAllBytes(), StandardCharsets.UTF_8);
      String pauls = classpath.replace("name=\"Verify purchase\"", "name=\"Verify the purchase\"");
      assertThat(pauls).isNotEqualTo(classpath);
      var event = client.newDeployResourceCommand().addResourceStringUtf8(pauls, "manual-request.bpmn").send().join();
      var process = event.getProcesses().getFirst();
      assertThat(process.getVersion()).isEqualTo(2);
      record.record(process.getProcessDefinitionKey(), "manual-request", 2, "manual-request.bpmn", pauls, Instant.now(), "paul", ModelSource.MODELER);

      ModelDeployment restarted = new ModelDeployment(client, record, Clock.systemUTC());
      restarted.start();
      await().atMost(Duration.ofSeconds(60)).until(restarted::deployed);
      restarted.stop();

      assertThat(restarted.deployedVersions()).as("paul's version stays the latest: no version 3 from the classpath").contains("manual-request:2");
      assertThat(record.latest("manual-request")).get().extracting(VersionRecord.Recorded::version).isEqualTo(2);
    } finally {
      engine.stop();
    }
  }

  record Row(long key, String processId, int version, String resourceName, String xml, String by, ModelSource source) {}

  /** The record of versions without a database. */
  static class InMemoryVersionRecord implements VersionRecord {

    final List<Row> rows = new ArrayList<>();

    @Override
    public Optional<String> lastClasspathChecksum(String resourceName) {
      return rows.reversed().stream()
          .filter(r -> r.source() == ModelSource.CLASSPATH && r.resourceName().equals(resourceName))
          .map(r -> ModelVersions.checksum(r.xml()))
          .findFirst();
    }

    @Override
    public Optional<Recorded> latest(String processId) {
      return rows.stream()
          .filter(r -> r.processId().equals(processId))
          .max(java.util.Comparator.comparingInt(Row::version))
          .map(r -> new Recorded(r.version(), r.resourceName(), r.xml(), r.source()));
    }

    @Override
    public void record(long key, String processId, int version, String resourceName, String xml, Instant at, String by, ModelSource source) {
      if (rows.stream().noneMatch(r -> r.key() == key)) {
        rows.add(new Row(key, processId, version, resourceName, xml, by, source));
      }
    }
  }

  private static CamundaClient clientOf(String address) {
    return CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://" + address))
        .restAddress(URI.create("http://" + address))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
