package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

  @TempDir Path dataDir;

  @Test
  void aRowWrittenSurvivesAStopAndStart() throws SQLException {
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir, 0)) {
      execute(first, "CREATE TABLE note (text varchar(40))");
      execute(first, "INSERT INTO note VALUES ('kept across restarts')");
    }

    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDir, 0);
        var connection = connect(second);
        var rows = connection.createStatement().executeQuery("SELECT text FROM note")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("kept across restarts");
      assertThat(second.jdbcUrl()).endsWith("/" + EmbeddedPostgresServer.DATABASE);
    }
    assertThat(dataDir.resolve("PG_VERSION")).exists();
  }

  private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
    try (var connection = connect(server);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static java.sql.Connection connect(EmbeddedPostgresServer server) throws SQLException {
    return DriverManager.getConnection(
        server.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
  }
}
