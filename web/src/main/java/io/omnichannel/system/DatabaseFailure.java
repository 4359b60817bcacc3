package io.omnichannel.system;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What an exception that reached no handler says about the database: it did not answer in time
 * (no free connection, a lock or statement timeout, a connection lost), or it cannot store a text
 * it was given (a NUL). Read from the whole cause chain, by Spring's exception types and by
 * PostgreSQL's SQLSTATE, since either may be all there is.
 */
enum DatabaseFailure {
  /** Try again in a moment: 503 with Retry-After. */
  UNAVAILABLE,
  /** The caller's text holds a character PostgreSQL refuses: 422. */
  UNSTORABLE_TEXT;

  // connection exceptions (08…), insufficient resources (53…), operator intervention (57…: statement
  // timeout, shutdown), a lock not available in time (55P03), serialization failure and deadlock
  private static final Set<String> UNAVAILABLE_STATES = Set.of("55P03", "40001", "40P01");
  private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");
  // character_not_in_repertoire (a NUL), untranslatable_character
  private static final Set<String> TEXT_STATES = Set.of("22021", "22P05");

  static Optional<DatabaseFailure> of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (TEXT_STATES.contains(state)) {
          return Optional.of(UNSTORABLE_TEXT);
        }
        if (UNAVAILABLE_STATES.contains(state) || (state.length() == 5 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2)))) {
          return Optional.of(UNAVAILABLE);
        }
      }
      if (cause instanceof OptimisticLockingFailureException) {
        return Optional.empty();
      }
      if (cause instanceof TransientDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientException) {
        return Optional.of(UNAVAILABLE);
      }
    }
    return Optional.empty();
  }
}
