package io.omnichannel.runtime;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.BrokerInfo;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The broker as seen by the application's client ({@code zeebe} in {@code /actuator/health}). Up
 * only when every partition has a healthy leader: a broker that answers but cannot process
 * commands is not up. Replaces the Camunda starter's indicator, which only checks that a broker
 * answers (switched off in {@link EmbeddedRuntimeStarter}'s defaults).
 */
@Component("zeebeHealthIndicator")
class ZeebeHealthIndicator extends AbstractHealthIndicator {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final ObjectProvider<CamundaClient> client;

  ZeebeHealthIndicator(ObjectProvider<CamundaClient> client) {
    super("Zeebe broker unreachable");
    this.client = client;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    CamundaClient camunda = client.getIfAvailable();
    if (camunda == null) {
      builder.unknown().withDetail("reason", "the Camunda client is disabled");
      return;
    }
    Topology topology = camunda.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
    List<PartitionInfo> leaders =
        topology.getBrokers().stream()
            .flatMap(broker -> broker.getPartitions().stream())
            .filter(PartitionInfo::isLeader)
            .toList();
    boolean healthy =
        !topology.getBrokers().isEmpty()
            && leaders.size() == topology.getPartitionsCount()
            && leaders.stream().allMatch(p -> p.getHealth() == PartitionBrokerHealth.HEALTHY);
    (healthy ? builder.up() : builder.down())
        .withDetail("gatewayVersion", topology.getGatewayVersion())
        .withDetail("partitions", topology.getPartitionsCount())
        .withDetail("brokers", topology.getBrokers().stream().map(ZeebeHealthIndicator::describe).toList());
  }

  private static Map<String, Object> describe(BrokerInfo broker) {
    return Map.of(
        "address", broker.getAddress(),
        "version", broker.getVersion(),
        "partitions",
        broker.getPartitions().stream()
            .map(p -> p.getPartitionId() + ":" + p.getRole() + ":" + p.getHealth())
            .toList());
  }
}
