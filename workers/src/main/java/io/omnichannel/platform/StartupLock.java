package io.omnichannel.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Several instances of the application may start at once on one database. What writes first-start
 * data (the demo data and keys, the first admin) runs under this lock, a PostgreSQL advisory lock
 * held on a connection of its own around the writer's transactions, so one instance writes and
 * the others then find it written. Reentrant within a thread.
 */
@Component
public class StartupLock {

  private static final long KEY = 0x0C5_7A27L;
  private static final Duration WAIT = Duration.ofMinutes(2);

  private final DataSource dataSource;
  private final ThreadLocal<Boolean> held = ThreadLocal.withInitial(() -> false);

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void run(Runnable work) {
    if (held.get()) {
      work.run();
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      acquire(connection);
      held.set(true);
      try {
        work.run();
      } finally {
        held.remove();
        call(connection, "SELECT pg_advisory_unlock(?)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not take the startup lock in PostgreSQL", e);
    }
  }

  /** Tries rather than waits: the sessions' lock_timeout would end a plain wait after seconds. */
  private static void acquire(Connection connection) throws SQLException {
    Instant deadline = Instant.now().plus(WAIT);
    while (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("another instance held the startup lock for more than " + WAIT.toMinutes() + " minutes");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the startup lock", e);
      }
    }
  }

  private static boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
