package io.omnichannel.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL and one real SMTP+IMAP server per test JVM, shared by every test that needs
 * them. Each Spring test context gets its own database, so contexts never see each other's rows.
 */
public final class TestInfrastructure {

  public static final String MAILBOX_PASSWORD = "secret";

  private static EmbeddedPostgres postgres;
  private static GreenMail greenMail;
  private static int databaseCounter;

  private TestInfrastructure() {}

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::closePostgres));
    }
    return postgres;
  }

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      greenMail =
          new GreenMail(
              new ServerSetup[] {
                patientSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                patientSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
              });
      greenMail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
    }
    return greenMail;
  }

  /** A fresh, empty database on the shared server; its JDBC URL. */
  public static synchronized String newDatabase() {
    String name = "test_" + (++databaseCounter) + "_" + ProcessHandle.current().pid();
    try (var connection = postgres().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  /** Points a Spring test context at a new database and at the shared mail server. */
  public static void register(DynamicPropertyRegistry registry) {
    String url = newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    GreenMail mail = greenMail();
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closePostgres() {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  /** GreenMail's default of 2 s to start is too short on a busy two-core machine. */
  private static ServerSetup patientSetup(int port, String host, String protocol) {
    ServerSetup setup = new ServerSetup(port, host, protocol);
    setup.setServerStartupTimeout(30_000);
    return setup;
  }
}
