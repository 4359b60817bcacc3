package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.Topology;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real Zeebe 8.6 broker from its distribution (downloaded once into the cache). */
@Order(1) // before the shared end-to-end application starts: see junit-platform.properties
class ZeebeBrokerTest {

  @TempDir Path dataDir;

  @Test
  void brokerStartsOnFreePortsAnswersTopologyAndStopsWithoutLeavingAProcess() {
    EmbeddedRuntimeProperties.Zeebe settings = settings(0);
    Path distribution = ZeebeDistribution.of(settings).home();

    ZeebeBroker broker = ZeebeBroker.start(distribution, dataDir.resolve("zeebe"), settings, Optional.empty());
    ProcessHandle brokerProcess = ProcessHandle.of(broker.pid()).orElseThrow();
    List<ProcessHandle> watchdog = brokerProcess.parent().stream().toList();
    Topology topology;
    try (CamundaClient client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create(broker.grpcAddress()))
            .restAddress(URI.create(broker.restAddress()))
            .preferRestOverGrpc(false)
            .build()) {
      topology = client.newTopologyRequest().send().join();
    } finally {
      broker.close();
    }

    assertThat(topology.getBrokers()).hasSize(1);
    assertThat(topology.getBrokers().getFirst().getPartitions())
        .allSatisfy(p -> assertThat(p.getHealth()).isEqualTo(PartitionBrokerHealth.HEALTHY));
    assertThat(topology.getGatewayVersion()).isEqualTo("8.6.0");
    assertThat(brokerProcess.isAlive()).isFalse();
    assertThat(watchdog).noneMatch(ProcessHandle::isAlive);
    assertThat(dataDir.resolve("zeebe/broker.pid")).doesNotExist();
    assertThat(dataDir.resolve("zeebe/data")).isNotEmptyDirectory();
    assertThat(dataDir.resolve("zeebe/broker.log")).isNotEmptyFile();
  }

  @Test
  void restartedBrokerRunsOnTheSamePortsWithItsData() {
    EmbeddedRuntimeProperties.Zeebe settings = settings(0);
    Path distribution = ZeebeDistribution.of(settings).home();
    RestartableBroker restartable =
        new RestartableBroker(ZeebeBroker.start(distribution, dataDir.resolve("zeebe"), settings, Optional.empty()));
    try {
      String address = grpcAddressOf(restartable);
      long firstKey = deployManualRequest(address);

      restartable.stop();
      assertThat(restartable.isRunning()).isFalse();
      restartable.start();

      assertThat(restartable.isRunning()).isTrue();
      assertThat(grpcAddressOf(restartable)).isEqualTo(address);
      // the same resource again is a duplicate only if the broker kept its state
      assertThat(deployManualRequest(address)).isEqualTo(firstKey);
    } finally {
      restartable.close();
    }
    assertThat(dataDir.resolve("zeebe/broker.pid")).doesNotExist();
  }

  private static String grpcAddressOf(RestartableBroker restartable) {
    return restartable.running().grpcAddress();
  }

  private static long deployManualRequest(String grpcAddress) {
    try (CamundaClient client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create(grpcAddress))
            .preferRestOverGrpc(false)
            .build()) {
      return client.newDeployResourceCommand()
          .addResourceFromClasspath("bpmn/manual-request.bpmn")
          .send()
          .join()
          .getProcesses()
          .getFirst()
          .getProcessDefinitionKey();
    }
  }

  @Test
  void aTakenPortIsNamedWithThePropertyToChange() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> ZeebeBroker.start(Files.createTempDirectory("unused"), dataDir, settings(port), Optional.empty()))
          .isInstanceOf(EmbeddedRuntimeException.class)
          .hasMessageContaining("Port " + port)
          .hasMessageContaining("Zeebe gRPC gateway")
          .satisfies(
              e ->
                  assertThat(((EmbeddedRuntimeException) e).action())
                      .contains("orchestrator.embedded.zeebe.gateway-port"));
    }
  }

  private static EmbeddedRuntimeProperties.Zeebe settings(int gatewayPort) {
    return new EmbeddedRuntimeProperties.Zeebe(
        true,
        "8.6.0",
        URI.create("https://repo.maven.apache.org/maven2"),
        null,
        null,
        gatewayPort,
        0,
        0,
        0,
        0,
        "512m",
        Duration.ofSeconds(120),
        false);
  }
}
