package io.omnichannel.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.PartitionBrokerRole;
import io.camunda.client.api.response.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A Zeebe cluster of real brokers on this machine: each a child process of the harness, from the
 * same distribution the product's embedded runtime uses, on its own ports and data directory, with
 * every partition replicated to every broker. Each broker runs the embedded gateway, so an
 * application can use any broker as its gateway.
 */
final class ZeebeCluster implements AutoCloseable {

  static final String BROKER_MAIN = "io.camunda.application.StandaloneBroker";

  record Node(int id, int gateway, int command, int internal, int rest, int management, Path dir) {

    URI grpcAddress() {
      return URI.create("http://127.0.0.1:" + gateway);
    }

    URI restAddress() {
      return URI.create("http://127.0.0.1:" + rest);
    }
  }

  private final List<Node> nodes;
  private final List<Process> processes;
  private final int partitions;

  private ZeebeCluster(List<Node> nodes, List<Process> processes, int partitions) {
    this.nodes = nodes;
    this.processes = processes;
    this.partitions = partitions;
  }

  /**
   * The unpacked distribution, prepared by the product's own command (downloaded once into the
   * product's cache, or taken from the local Maven repository).
   */
  static Path distribution(Path applicationJar) throws IOException, InterruptedException {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Process command =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                applicationJar.toString(),
                "-Dloader.main=io.omnichannel.runtime.ZeebeDistributionCommand",
                "org.springframework.boot.loader.launch.PropertiesLauncher")
            .redirectErrorStream(true)
            .start();
    String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!command.waitFor(15, TimeUnit.MINUTES) || command.exitValue() != 0) {
      throw new IllegalStateException("could not prepare the Zeebe distribution:\n" + output);
    }
    List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
    return Path.of(lines.getLast().strip());
  }

  /** A cluster of {@code size} brokers on free ports, not started yet: its addresses are known. */
  static ZeebeCluster plan(Path dataDir, int size, int partitions) {
    int[] ports = ApplicationUnderTest.Ports.distinct(size * 5);
    List<Node> nodes = new ArrayList<>();
    for (int id = 0; id < size; id++) {
      int first = id * 5;
      nodes.add(new Node(id, ports[first], ports[first + 1], ports[first + 2], ports[first + 3], ports[first + 4], dataDir.resolve("broker-" + id)));
    }
    return new ZeebeCluster(nodes, new ArrayList<>(), partitions);
  }

  /** Starts every broker at once and returns when every partition has a leader. */
  ZeebeCluster start(Path distribution, Duration timeout) throws IOException {
    String contactPoints = nodes.stream().map(node -> "127.0.0.1:" + node.internal()).collect(Collectors.joining(","));
    try {
      for (Node node : nodes) {
        processes.add(launch(distribution, node, nodes.size(), partitions, contactPoints));
      }
      awaitLeaders(timeout);
    } catch (RuntimeException | IOException e) {
      close();
      throw e;
    }
    return this;
  }

  private static Process launch(Path distribution, Node node, int size, int partitions, String contactPoints) throws IOException {
    Files.createDirectories(node.dir().resolve("data"));
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    List<String> command =
        List.of(
            java.toString(),
            "-Xmx512m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dapp.home=" + node.dir(),
            "-Dzeebe.broker.data.directory=" + node.dir().resolve("data"),
            "-Dzeebe.broker.cluster.nodeId=" + node.id(),
            "-Dzeebe.broker.cluster.clusterSize=" + size,
            "-Dzeebe.broker.cluster.partitionsCount=" + partitions,
            "-Dzeebe.broker.cluster.replicationFactor=" + size,
            "-Dzeebe.broker.cluster.initialContactPoints=" + contactPoints,
            "-Dzeebe.broker.network.host=127.0.0.1",
            "-Dzeebe.broker.gateway.network.host=127.0.0.1",
            "-Dzeebe.broker.gateway.network.port=" + node.gateway(),
            "-Dzeebe.broker.network.commandApi.port=" + node.command(),
            "-Dzeebe.broker.network.internalApi.port=" + node.internal(),
            "-Dserver.address=127.0.0.1",
            "-Dserver.port=" + node.rest(),
            "-Dmanagement.server.address=127.0.0.1",
            "-Dmanagement.server.port=" + node.management(),
            "-classpath",
            distribution.resolve("config") + ":" + distribution.resolve("lib") + "/*",
            BROKER_MAIN);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(node.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(node.dir().resolve("broker.log").toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ZEEBE_") || name.startsWith("CAMUNDA_") || name.equals("JAVA_TOOL_OPTIONS"));
    Process process = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return process;
  }

  private void awaitLeaders(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    for (Node node : nodes) {
      awaitReady(node, deadline);
    }
    try (CamundaClient client = client(nodes.getFirst())) {
      while (Instant.now().isBefore(deadline)) {
        try {
          if (leaders(client.newTopologyRequest().send().join(10, TimeUnit.SECONDS)) == partitions) {
            return;
          }
        } catch (RuntimeException notYet) {
          // the gateway answers once it knows the cluster
        }
        sleep(Duration.ofMillis(500));
      }
    }
    throw new IllegalStateException("the cluster's partitions had no leaders after " + timeout.toSeconds() + " s; see " + nodes.getFirst().dir().resolve("broker.log"));
  }

  private void awaitReady(Node node, Instant deadline) {
    String log = node.dir().resolve("broker.log").toString();
    boolean ready =
        HttpProbe.await(
            URI.create("http://127.0.0.1:" + node.management() + "/actuator/health/readiness"),
            deadline,
            processes.get(node.id()).toHandle(),
            () -> "broker " + node.id() + " stopped during its start; see " + log);
    if (!ready) {
      throw new IllegalStateException("broker " + node.id() + " was not ready in time; see " + log);
    }
  }

  private static int leaders(Topology topology) {
    return (int)
        topology.getBrokers().stream()
            .flatMap(broker -> broker.getPartitions().stream())
            .filter(partition -> partition.getRole() == PartitionBrokerRole.LEADER)
            .map(partition -> partition.getPartitionId())
            .distinct()
            .count();
  }

  /** Partitions that have a leader, as the gateway of {@code via} sees them now. */
  int partitionsWithLeader(int via) {
    try (CamundaClient client = client(nodes.get(via))) {
      return leaders(client.newTopologyRequest().send().join(10, TimeUnit.SECONDS));
    }
  }

  private static CamundaClient client(Node node) {
    return CamundaClient.newClientBuilder().grpcAddress(node.grpcAddress()).restAddress(node.restAddress()).preferRestOverGrpc(false).build();
  }

  Node node(int id) {
    return nodes.get(id);
  }

  int size() {
    return nodes.size();
  }

  /** SIGKILL: the broker gets no chance to hand over its partitions. */
  void kill(int id) throws InterruptedException {
    Process process = processes.get(id);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean isAlive(int id) {
    return processes.get(id).isAlive();
  }

  @Override
  public void close() {
    IntStream.range(0, processes.size()).forEach(id -> processes.get(id).destroy());
    for (Process process : processes) {
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
