package io.omnichannel.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Zeebe broker (with its embedded gateway) running from the unpacked distribution as a
 * child process, with its data in {@code <zeebe dir>/data} and its output in {@code broker.log}.
 *
 * <p>The broker runs under a {@link ParentWatchdog} that stops it when this JVM disappears, so even
 * {@code kill -9} of the application leaves no broker behind. The broker's pid is kept in {@code
 * broker.pid}, and a broker still shutting down from a killed run is stopped before a new start.
 */
final class ZeebeBroker implements AutoCloseable {

  static final String MAIN_CLASS = "io.camunda.application.StandaloneBroker";
  private static final Logger log = LoggerFactory.getLogger(ZeebeBroker.class);

  /** Ports of one broker; see {@link EmbeddedRuntimeProperties.Zeebe} for the properties. */
  record BrokerPorts(int gateway, int command, int internal, int rest, int management) {

    static BrokerPorts claim(EmbeddedRuntimeProperties.Zeebe settings) {
      String prefix = "orchestrator.embedded.zeebe.";
      return new BrokerPorts(
          Ports.claim(settings.gatewayPort(), "Zeebe gRPC gateway", prefix + "gateway-port"),
          Ports.claim(settings.commandPort(), "Zeebe command API", prefix + "command-port"),
          Ports.claim(settings.internalPort(), "Zeebe internal API", prefix + "internal-port"),
          Ports.claim(settings.restPort(), "Zeebe REST gateway", prefix + "rest-port"),
          Ports.claim(settings.managementPort(), "Zeebe management", prefix + "management-port"));
    }
  }

  private final Process watchdog;
  private final ProcessHandle broker;
  private final BrokerPorts ports;
  private final Path workDir;
  private final Path distribution;
  private final EmbeddedRuntimeProperties.Zeebe settings;
  private final Optional<HistoryExporterJar> historyExporter;

  private ZeebeBroker(
      Process watchdog,
      ProcessHandle broker,
      BrokerPorts ports,
      Path workDir,
      Path distribution,
      EmbeddedRuntimeProperties.Zeebe settings,
      Optional<HistoryExporterJar> historyExporter) {
    this.watchdog = watchdog;
    this.broker = broker;
    this.ports = ports;
    this.workDir = workDir;
    this.distribution = distribution;
    this.settings = settings;
    this.historyExporter = historyExporter;
  }

  /**
   * Starts the broker and returns once it reports ready. {@code workDir} is the broker's own
   * directory; the caller holds the data directory lock. With {@code historyExporter}, the broker
   * loads the engine's history exporter, writing to the application's database.
   */
  static ZeebeBroker start(
      Path distribution,
      Path workDir,
      EmbeddedRuntimeProperties.Zeebe settings,
      Optional<HistoryExporterJar> historyExporter) {
    Path java = JavaRuntime.requireJava21(settings.javaHome());
    stopOrphanedBroker(workDir);
    BrokerPorts ports = BrokerPorts.claim(settings);
    Path logFile = workDir.resolve("broker.log");
    Process watchdog;
    try {
      Files.createDirectories(workDir.resolve("data"));
      if (Files.exists(logFile)) {
        Files.move(logFile, workDir.resolve("broker.previous.log"), StandardCopyOption.REPLACE_EXISTING);
      }
      ProcessBuilder builder =
          new ProcessBuilder(command(java, distribution, workDir, ports, settings.maxHeap(), historyExporter))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile());
      scrubEnvironment(builder.environment());
      historyExporter.ifPresent(exporter -> builder.environment().putAll(exporter.environment()));
      watchdog = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not launch the Zeebe broker", e);
    }
    ProcessHandle broker = brokerOf(watchdog, logFile);
    writePidFile(workDir, broker);
    ZeebeBroker started =
        new ZeebeBroker(watchdog, broker, ports, workDir, distribution, settings, historyExporter);
    try {
      started.awaitReady(settings.readinessTimeout(), logFile);
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
    return started;
  }

  private static List<String> command(
      Path java,
      Path distribution,
      Path workDir,
      BrokerPorts ports,
      String maxHeap,
      Optional<HistoryExporterJar> historyExporter) {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-Xmx" + maxHeap,
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dapp.home=" + workDir, // the broker's log4j writes its rolling log to <app.home>/logs
            "-Dzeebe.broker.data.directory=" + workDir.resolve("data"),
            "-Dzeebe.broker.network.host=127.0.0.1",
            "-Dzeebe.broker.gateway.network.host=127.0.0.1",
            "-Dzeebe.broker.gateway.network.port=" + ports.gateway(),
            "-Dzeebe.broker.network.commandApi.port=" + ports.command(),
            "-Dzeebe.broker.network.internalApi.port=" + ports.internal(),
            "-Dserver.address=127.0.0.1",
            "-Dserver.port=" + ports.rest(),
            "-Dmanagement.server.address=127.0.0.1",
            "-Dmanagement.server.port=" + ports.management()));
    historyExporter.ifPresent(exporter -> command.addAll(exporter.systemProperties()));
    command.addAll(
        List.of(
            "-classpath",
            distribution.resolve("config") + ":" + distribution.resolve("lib") + "/*",
            MAIN_CLASS));
    return ParentWatchdog.wrap(ProcessHandle.current().pid(), command);
  }

  /** The broker is a Spring Boot application too; our own settings must not leak into it. */
  private static void scrubEnvironment(Map<String, String> environment) {
    environment
        .keySet()
        .removeIf(
            name ->
                name.startsWith("SPRING_")
                    || name.startsWith("SERVER_")
                    || name.startsWith("MANAGEMENT_")
                    || name.startsWith("ZEEBE_")
                    || name.startsWith("CAMUNDA_")
                    || name.equals("JAVA_TOOL_OPTIONS")
                    || name.equals("JDK_JAVA_OPTIONS")
                    || name.equals("_JAVA_OPTIONS")
                    || name.equals("JAVA_OPTS"));
  }

  private static ProcessHandle brokerOf(Process watchdog, Path logFile) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      var child = watchdog.toHandle().children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      if (!watchdog.isAlive()) {
        throw died(logFile);
      }
      sleep(Duration.ofMillis(20));
    }
    watchdog.destroyForcibly();
    throw new IllegalStateException("the Zeebe broker process did not appear");
  }

  private static void writePidFile(Path workDir, ProcessHandle broker) {
    try {
      Files.writeString(workDir.resolve("broker.pid"), broker.pid() + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + workDir.resolve("broker.pid"), e);
    }
  }

  /**
   * A broker from a run that was killed may still be shutting down (its watchdog stops it within
   * seconds); wait for it rather than start a second broker on the same files.
   */
  private static void stopOrphanedBroker(Path workDir) {
    Processes.fromPidFile(workDir.resolve("broker.pid"))
        .filter(process -> Processes.commandContains(process, MAIN_CLASS))
        .ifPresent(
            orphan -> {
              log.warn("Stopping Zeebe broker (pid {}) left running by an earlier run", orphan.pid());
              Processes.stop(orphan, Processes.GRACE);
            });
  }

  private void awaitReady(Duration timeout, Path logFile) {
    URI readiness =
        URI.create("http://127.0.0.1:" + ports.management() + "/actuator/health/readiness");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!broker.isAlive()) {
        throw died(logFile);
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // the broker opens its management port a few seconds into its start
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the Zeebe broker", e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw new EmbeddedRuntimeException(
        "The Zeebe broker was not ready after " + timeout.toSeconds() + " s. Last lines of "
            + logFile + ":\n" + LogTail.of(logFile, 40),
        "Look at " + logFile + "; raise orchestrator.embedded.zeebe.readiness-timeout on a slow"
            + " machine.");
  }

  private static EmbeddedRuntimeException died(Path logFile) {
    return new EmbeddedRuntimeException(
        "The Zeebe broker stopped during its start. Last lines of " + logFile + ":\n"
            + LogTail.of(logFile, 40),
        "Fix the cause shown in " + logFile + ", or set camunda.client.grpc-address to an external"
            + " Zeebe.");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the Zeebe broker", e);
    }
  }

  /**
   * Starts a new broker on this one's data and ports (this one must be closed), so the
   * application's client, configured with these addresses, reconnects on its own.
   */
  ZeebeBroker startAgain() {
    var samePorts =
        new EmbeddedRuntimeProperties.Zeebe(
            settings.enabled(),
            settings.version(),
            settings.repositoryUrl(),
            settings.cacheDir(),
            settings.javaHome(),
            ports.gateway(),
            ports.command(),
            ports.internal(),
            ports.rest(),
            ports.management(),
            settings.maxHeap(),
            settings.readinessTimeout(),
            settings.historyExporter());
    return start(distribution, workDir, samePorts, historyExporter);
  }

  BrokerPorts ports() {
    return ports;
  }

  String grpcAddress() {
    return "http://127.0.0.1:" + ports.gateway();
  }

  String restAddress() {
    return "http://127.0.0.1:" + ports.rest();
  }

  Path workDir() {
    return workDir;
  }

  long pid() {
    return broker.pid();
  }

  /** Completes when the broker process has exited, whoever ended it. */
  java.util.concurrent.CompletableFuture<ProcessHandle> onExit() {
    return broker.onExit();
  }

  /** SIGTERM to the broker, up to 30 s for it to flush and exit, then SIGKILL. */
  @Override
  public void close() {
    Processes.stop(broker, Processes.GRACE);
    Processes.stop(watchdog.toHandle(), Duration.ofSeconds(5));
    try {
      Files.deleteIfExists(workDir.resolve("broker.pid"));
    } catch (IOException ignored) {
      // a stale pid file is checked against the live process on the next start
    }
  }
}
