package io.omnichannel.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose data survives restarts. The cluster is initialised on first start only;
 * the application's tables live in the database {@value #DATABASE}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "orchestrator";
  static final String USER = "postgres";
  static final String PASSWORD = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /** Starts PostgreSQL on {@code dataDir}; the caller holds the data directory lock. */
  static EmbeddedPostgresServer start(Path dataDir, int configuredPort) {
    stopOrphanedServer(dataDir);
    int port =
        Ports.claim(configuredPort, "embedded PostgreSQL", "orchestrator.embedded.postgres.port");
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false) // EmbeddedRuntime stops it, after the app's beans
              .setPort(port)
              .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDir);
      server.createDatabaseIfMissing();
      return server;
    } catch (IOException e) {
      throw new EmbeddedRuntimeException(
          "The embedded PostgreSQL did not start in " + dataDir.toAbsolutePath() + ": " + e.getMessage(),
          "See the log above. To start from scratch, delete " + dataDir.toAbsolutePath()
              + " (this deletes all data), or set spring.datasource.url to use an external database.",
          e);
    }
  }

  /**
   * A PostgreSQL left running by an application that was killed (kill -9 skips every shutdown
   * hook) still holds the data directory; since we hold the data directory lock, nobody else uses
   * it, so it is safe to stop.
   */
  private static void stopOrphanedServer(Path dataDir) {
    Processes.fromPidFile(dataDir.resolve("postmaster.pid"))
        .filter(process -> Processes.commandContains(process, "postgres"))
        .ifPresent(
            orphan -> {
              log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run", orphan.pid());
              Processes.stop(orphan, Processes.GRACE);
            });
  }

  private void createDatabaseIfMissing() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("CREATE DATABASE " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database " + DATABASE, e);
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  int port() {
    return postgres.getPort();
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }
}
