package io.omnichannel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product as it ships: {@code java -jar omnichannel-orchestrator.jar} as a child process on a
 * fresh data directory and free ports, with its embedded runtime (its own Zeebe broker child
 * process, PostgreSQL, GreenMail). The benchmark reaches the broker's gateway and the ledger
 * through the ports it chose; it starts no broker of its own.
 */
final class ApplicationUnderTest implements AutoCloseable {

  record Ports(int http, int postgres, int smtp, int imap, int gateway, int command, int internal, int rest, int management) {

    /**
     * Nine distinct ports that are free now, from below the kernel's range for outgoing connections.
     * A port from that range (what {@code new ServerSocket(0)} hands out) can be taken by any
     * outgoing connection of the starting application or broker before PostgreSQL binds it: the
     * smoke test once failed with PostgreSQL's "Address already in use".
     */
    static Ports free() {
      int[] ports = distinct(9);
      return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7], ports[8]);
    }

    /** {@code count} distinct ports that are free now (see {@link #free()}). */
    static int[] distinct(int count) {
      int below = outgoingRangeStart();
      Set<Integer> chosen = new HashSet<>();
      int[] ports = new int[count];
      for (int i = 0; i < ports.length; i++) {
        do {
          ports[i] = below > LOWEST + 1_000 ? freeBelow(below, chosen) : anyFree();
        } while (chosen.contains(ports[i]));
        chosen.add(ports[i]);
      }
      return ports;
    }

    private static final int LOWEST = 20_000;

    private static int freeBelow(int below, Set<Integer> chosen) {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        int port = LOWEST + ThreadLocalRandom.current().nextInt(below - LOWEST);
        if (!chosen.contains(port) && bindable(port)) {
          return port;
        }
      }
      return anyFree();
    }

    private static int anyFree() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean bindable(int port) {
      try (ServerSocket socket = new ServerSocket(port)) {
        return true;
      } catch (IOException taken) {
        return false;
      }
    }

    /**
     * The first port the kernel gives outgoing connections (Linux: 32768 unless configured). Read
     * by line: JDK 25's {@code Files.readString} returns one character of this {@code /proc} file.
     */
    private static int outgoingRangeStart() {
      try (var lines = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
        return Integer.parseInt(lines.readLine().trim().split("\\s+")[0]);
      } catch (IOException | RuntimeException notLinux) {
        return 32_768;
      }
    }
  }

  /** Resident memory and used heap of one JVM, in MiB. */
  record Memory(String process, long pid, double rssMiB, double heapUsedMiB) {}

  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private final Process process;
  private final Ports ports;
  private final Path log;
  private final Path javaHome;
  private final Path dataDir;

  private ApplicationUnderTest(Process process, Ports ports, Path log, Path javaHome, Path dataDir) {
    this.process = process;
    this.ports = ports;
    this.log = log;
    this.javaHome = javaHome;
    this.dataDir = dataDir;
  }

  static ApplicationUnderTest start(Path jar, Path dataDir, Duration timeout) throws IOException {
    return start(jar, dataDir, timeout, List.of());
  }

  /** As {@link #start(Path, Path, Duration)}, with further settings of the application. */
  static ApplicationUnderTest start(Path jar, Path dataDir, Duration timeout, List<String> extraSettings) throws IOException {
    Ports ports = Ports.free();
    List<String> settings = new ArrayList<>(List.of(
            // the demo's customers, purchases, manuals and API key are what the journeys use
            "--orchestrator.demo-data.enabled=true",
            "--orchestrator.embedded.postgres.port=" + ports.postgres(),
            "--orchestrator.embedded.mail.smtp-port=" + ports.smtp(),
            "--orchestrator.embedded.mail.imap-port=" + ports.imap(),
            "--orchestrator.embedded.zeebe.gateway-port=" + ports.gateway(),
            "--orchestrator.embedded.zeebe.command-port=" + ports.command(),
            "--orchestrator.embedded.zeebe.internal-port=" + ports.internal(),
            "--orchestrator.embedded.zeebe.rest-port=" + ports.rest(),
            "--orchestrator.embedded.zeebe.management-port=" + ports.management()));
    settings.addAll(extraSettings);
    return launch(jar, dataDir, timeout, ports, "/actuator/health", settings);
  }

  /**
   * One instance of several: the product on {@code httpPort} with no embedded part, connected by
   * {@code settings} to a database, mail server and Zeebe cluster the caller runs. Returns once it
   * is ready to accept (its readiness probe), which it is before the engine is reachable.
   */
  static ApplicationUnderTest startInstance(Path jar, Path dataDir, Duration timeout, int httpPort, List<String> settings) throws IOException {
    return launch(jar, dataDir, timeout, new Ports(httpPort, 0, 0, 0, 0, 0, 0, 0, 0), "/actuator/health/readiness", settings);
  }

  private static ApplicationUnderTest launch(Path jar, Path dataDir, Duration timeout, Ports ports, String probe, List<String> settings)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it first (./mvnw -DskipTests package)");
    }
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Files.createDirectories(dataDir);
    Path log = dataDir.resolve("application.log");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
    command.addAll(
        List.of(
            "--server.port=" + ports.http(),
            "--orchestrator.data-dir=" + dataDir,
            "--orchestrator.public-base-url=http://127.0.0.1:" + ports.http()));
    command.addAll(settings);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    // Ctrl-C on the benchmark must not leave the application (and through it the broker) running
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    ApplicationUnderTest application = new ApplicationUnderTest(process, ports, log, java.getParent().getParent(), dataDir);
    try {
      application.await(probe, timeout);
    } catch (RuntimeException e) {
      application.close();
      throw e;
    }
    return application;
  }

  /** Waits until every part is up, the engine and the deployed models included. */
  void awaitHealthy(Duration timeout) {
    await("/actuator/health", timeout);
  }

  private void await(String probe, Duration timeout) {
    boolean up =
        HttpProbe.await(
            baseUrl().resolve(probe),
            Instant.now().plus(timeout),
            process.toHandle(),
            () -> "the application stopped during its start; the end of " + log + ":\n" + logTail());
    if (!up) {
      throw new IllegalStateException(
          "the application was not healthy after " + timeout.toSeconds() + " s; the end of " + log + ":\n" + logTail());
    }
  }

  /** The log's last lines: the data directory with the log is deleted when the benchmark ends. */
  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException | RuntimeException unreadable) {
      return "(unreadable: " + unreadable + ")";
    }
  }

  private static final int LOG_TAIL_LINES = 60;

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + ports.http());
  }

  URI gatewayAddress() {
    return URI.create("http://127.0.0.1:" + ports.gateway());
  }

  URI brokerRestAddress() {
    return URI.create("http://127.0.0.1:" + ports.rest());
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/orchestrator";
  }

  Path log() {
    return log;
  }

  /** The application's JVM and its broker child process, measured now. */
  List<Memory> memory() {
    List<Memory> memory = new ArrayList<>();
    memory.add(memoryOf("application", process.toHandle()));
    broker().ifPresent(broker -> memory.add(memoryOf("Zeebe broker", broker)));
    return memory;
  }

  /** The CPU time of the application, its broker, its PostgreSQL and the benchmark itself. */
  CpuTime cpuTime() {
    return new CpuTime(
        process.toHandle(),
        broker().orElseThrow(() -> new IllegalStateException("the application runs no embedded broker")),
        CpuTime.postmasterUnder(dataDir).orElseThrow(() -> new IllegalStateException("no PostgreSQL server on " + dataDir)));
  }

  private Optional<ProcessHandle> broker() {
    return process
        .toHandle()
        .descendants()
        .filter(child -> child.info().command().map(command -> command.endsWith("/java")).orElse(false))
        .filter(child -> child.info().arguments().map(args -> List.of(args).contains("io.camunda.application.StandaloneBroker")).orElse(false))
        .findFirst();
  }

  private Memory memoryOf(String name, ProcessHandle handle) {
    return new Memory(name, handle.pid(), rssMiB(handle.pid()), heapUsedMiB(handle.pid()));
  }

  private static double rssMiB(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException gone) {
      // not on Linux, or the process ended
    }
    return Double.NaN;
  }

  /** Heap used as {@code jcmd <pid> GC.heap_info} reports it (the first line names the whole heap). */
  private double heapUsedMiB(long pid) {
    try {
      Process jcmd =
          new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), Long.toString(pid), "GC.heap_info")
              .redirectErrorStream(true)
              .start();
      String output = new String(jcmd.getInputStream().readAllBytes());
      jcmd.waitFor(20, TimeUnit.SECONDS);
      Matcher used = HEAP_USED.matcher(output);
      return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
    } catch (IOException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }


  /** SIGKILL: no shutdown hook runs, nothing in flight is finished or handed back. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGTERM: the application stops its broker, database and mail server itself. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
