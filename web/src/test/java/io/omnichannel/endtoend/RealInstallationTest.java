package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application as an operator installs it: started as its own process like {@code java -jar},
 * without the demo profile, on an embedded PostgreSQL and mail server (no broker: nothing here
 * needs one). No demo data, no demo logins, no dev mailbox; the first admin comes from {@code
 * ORCHESTRATOR_ADMIN_INITIAL_PASSWORD}; and it refuses to start while an account or key still has
 * the demo's password or key, or while there is no staff account at all.
 */
class RealInstallationTest {

  private static final Path ROOT = Path.of("target/real-installation");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final String ADMIN_PASSWORD = "first admin's own passphrase";

  @BeforeAll
  static void emptyDataDirectories() throws IOException {
    if (Files.exists(ROOT)) {
      try (Stream<Path> paths = Files.walk(ROOT)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  @Test
  void withoutAnyStaffAccountItRefusesToStartAndSaysHowToCreateTheFirstAdmin() throws Exception {
    Application application = Application.start(ROOT.resolve("no-staff"), Map.of());

    String log = application.awaitExit();

    assertThat(log).contains("APPLICATION FAILED TO START").contains("ORCHESTRATOR_ADMIN_INITIAL_PASSWORD").contains("orchestrator.admin.initial-password");
  }

  @Test
  void theFirstAdminComesFromTheInitialPasswordOnceAndTheDemoIsOff() throws Exception {
    Path data = ROOT.resolve("first-admin");
    try (Application application = Application.start(data, Map.of("ORCHESTRATOR_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD))) {
      application.awaitReady();
      WebSession admin = new WebSession(application.port);
      admin.signIn("admin", ADMIN_PASSWORD);

      assertThat(new WebSession(application.port).trySignIn("anna", "demo").uri().getPath()).as("no demo logins").isEqualTo("/login");
      assertThat(application.get("/api/v1/requests/SR-2026-000001", Map.of("X-API-Key", "demo-shop-key")).statusCode()).as("no demo keys").isEqualTo(401);
      assertThat(admin.get("/dev/mail").status()).as("no dev mailbox").isEqualTo(404);
      assertThat(admin.get("/staff/tasks").body()).doesNotContain("Dev mailbox");
      assertThat(application.get("/actuator/health", Map.of()).body()).doesNotContain("components");
      assertThat(application.log()).contains("Omnichannel orchestrator is ready").doesNotContain("password 'demo'").doesNotContain("Dev mailbox");
    }

    try (Application again = Application.start(data, Map.of("ORCHESTRATOR_ADMIN_INITIAL_PASSWORD", "a different passphrase"))) {
      again.awaitReady();

      assertThat(new WebSession(again.port).trySignIn("admin", "a different passphrase").uri().getPath()).as("applied once only").isEqualTo("/login");
      new WebSession(again.port).signIn("admin", ADMIN_PASSWORD);
    }
  }

  @Test
  void anInstallationThatStillHasTheDemosPasswordsAndKeysRefusesToStartAndNamesThem_untilTheSqlOfTheReportFixedThem() throws Exception {
    Path data = ROOT.resolve("left-over-demo");
    try (Application demo = Application.start(data, Map.of("ORCHESTRATOR_DEMO_DATA_ENABLED", "true"))) {
      demo.awaitReady();
      assertThat(demo.log()).contains("password 'demo'");
    }

    Application real = Application.start(data, Map.of());
    String log = real.awaitExit();

    assertThat(log)
        .contains("APPLICATION FAILED TO START")
        .contains("admin")
        .contains("anna")
        .contains("tom")
        .contains("'shop'")
        .contains("'chat'")
        .contains("'social'")
        .contains("demo-data");

    // the fix docs/operations.md and the report give, on the stopped installation's own database
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres")).setCleanDataDirectory(false).start();
        Connection database = postgres.getDatabase("postgres", "orchestrator").getConnection();
        Statement sql = database.createStatement()) {
      sql.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto");
      sql.execute("UPDATE staff_users SET password_hash = crypt('own passphrase of ' || username, gen_salt('bf', 10))");
      sql.execute("UPDATE api_keys SET revoked_at = now() WHERE name IN ('shop', 'till', 'chat', 'social')");
    }
    try (Application fixed = Application.start(data, Map.of())) {
      fixed.awaitReady();

      new WebSession(fixed.port).signIn("anna", "own passphrase of anna");
      assertThat(fixed.get("/api/v1/requests/SR-2026-000001", Map.of("X-API-Key", "demo-shop-key")).statusCode()).isEqualTo(401);
    }
  }

  /** The application in a JVM of its own, on the main classpath (the tests' classes left out). */
  private static final class Application implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private Application(Process process, Path log, int port) {
      this.process = process;
      this.log = log;
      this.port = port;
    }

    static Application start(Path dataDir, Map<String, String> environment) throws IOException {
      Files.createDirectories(dataDir);
      int port = freePort();
      String classpath =
          // Surefire puts the test classpath here (java.class.path may be its manifest-only jar)
          Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
              .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
              .collect(Collectors.joining(File.pathSeparator));
      List<String> command =
          new ArrayList<>(
              List.of(
                  ProcessHandle.current().info().command().orElseThrow(),
                  "-Xmx512m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  classpath,
                  "io.omnichannel.OrchestratorApplication",
                  "--server.port=" + port,
                  "--orchestrator.public-base-url=http://localhost:" + port,
                  "--orchestrator.data-dir=" + dataDir,
                  "--orchestrator.embedded.postgres.port=0",
                  "--orchestrator.embedded.mail.smtp-port=0",
                  "--orchestrator.embedded.mail.imap-port=0",
                  "--orchestrator.embedded.zeebe.enabled=false",
                  // no broker: nothing this test does needs one
                  "--camunda.client.grpc-address=http://127.0.0.1:1",
                  "--camunda.client.rest-address=http://127.0.0.1:1",
                  "--camunda.client.worker.defaults.enabled=false",
                  "--orchestrator.outbox.enabled=false",
                  "--orchestrator.watchdog.enabled=false"));
      Path log = dataDir.resolve("application-" + Instant.now().toEpochMilli() + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      return new Application(builder.start(), log, port);
    }

    void awaitReady() throws Exception {
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (!log().contains("Omnichannel orchestrator is ready")) {
        assertThat(process.isAlive()).as("the application stopped during its start:\n" + log()).isTrue();
        assertThat(Instant.now()).as("not ready in time:\n" + log()).isBefore(deadline);
        Thread.sleep(250);
      }
    }

    /** @return the log of a start that ended by itself */
    String awaitExit() throws Exception {
      boolean exited = process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (!exited) {
        close();
      }
      assertThat(exited).as("the application should have refused to start:\n" + log()).isTrue();
      assertThat(process.exitValue()).isNotZero();
      return log();
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
      headers.forEach(request::header);
      try (HttpClient client = HttpClient.newHttpClient()) {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      }
    }

    String log() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
