package io.omnichannel.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The models reach the engine at start, or later when the engine was not there at start. */
class ModelDeploymentTest {

  @Test
  void anEngineThatIsNotThereAtStartIsTriedAgain_andTheHealthSaysSo() throws Exception {
    try (CamundaClient client = clientOf("127.0.0.1:" + freePort())) {
      ModelDeployment deployment = new ModelDeployment(client);
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
    try (CamundaClient client = clientOf(engine.getGatewayAddress())) {
      ModelDeployment deployment = new ModelDeployment(client);
      deployment.start();
      // a fresh engine on a busy machine may take longer than the client's deadline: then a retry deploys
      await().atMost(Duration.ofSeconds(60)).until(deployment::deployed);
      assertThat(deployment.deployedVersions())
          .contains("manual-request:1", "customer-request:1", "complaint:1", "complaint-digest:1");
      // every file deploys its processes; complaint.bpmn holds two (the journey and its daily digest)
      assertThat(deployment.deployedVersions()).hasSize(deployment.modelCount() + 1);
      assertThat(new ProcessModelsHealthIndicator(deployment).health().getStatus()).isEqualTo(Status.UP);

      ModelDeployment restarted = new ModelDeployment(client);
      restarted.start();
      await().atMost(Duration.ofSeconds(60)).until(restarted::deployed);
      assertThat(restarted.deployedVersions()).as("unchanged models get no new version").contains("manual-request:1");
      deployment.stop();
      restarted.stop();
    } finally {
      engine.stop();
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
