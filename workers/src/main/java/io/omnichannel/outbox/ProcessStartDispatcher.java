package io.omnichannel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the process messages of the outbox: starts (message id = request id) and messages to
 * waiting processes (with their own message id). Rows are claimed with {@code SKIP LOCKED},
 * so several application instances share the work. A batch goes out through a window of publishes
 * in flight ({@link PublishPacing}); when the engine pushes back, the rest of the batch waits and
 * the pushed-back row keeps its place in line. A publish that failed otherwise stays in the outbox
 * with its error and is retried with exponential backoff for as long as it takes.
 */
@Component
public class ProcessStartDispatcher {

  private static final Logger log = LoggerFactory.getLogger(ProcessStartDispatcher.class);
  private static final int BATCH = 50;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ProcessMessagePublisher publisher;
  private final ApplicationEventPublisher events;
  private final boolean enabled;
  private final Duration firstRetry;
  private final Duration maxRetry;
  private final PublishPacing pacing;
  private final ModelsDeployed models;
  private final Clock clock;

  ProcessStartDispatcher(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ProcessMessagePublisher publisher,
      OutboxProperties properties,
      ObjectProvider<ModelsDeployed> models,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = transaction;
    this.publisher = publisher;
    this.enabled = properties.enabled();
    this.firstRetry = properties.firstRetry();
    this.maxRetry = properties.maxRetry();
    // an engine's backpressure passes within seconds; a longer pause would only make journeys late
    this.pacing = new PublishPacing(properties.maxInFlight(), properties.pushbackPause(), properties.pushbackPause().multipliedBy(32));
    this.models = models.getIfAvailable(() -> () -> true);
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${orchestrator.outbox.dispatch-interval:200ms}")
  void dispatchOnSchedule() {
    if (enabled && models.deployed()) {
      // a full batch means more are due: go on at once rather than cap the intake at one batch per round
      int published;
      do {
        published = dispatchDue(clock.instant());
      } while (published == BATCH);
    }
  }

  /** @return how many messages were published */
  public int dispatchDue(Instant now) {
    if (pacing.paused(now)) {
      return 0;
    }
    Integer published = transaction.execute(status -> claimAndPublish(now));
    return published == null ? 0 : published;
  }

  private record Row(
      UUID id,
      UUID requestId,
      String messageName,
      String correlationKey,
      String messageId,
      String variables,
      int attempts,
      OffsetDateTime nextAttemptAt) {}

  private int claimAndPublish(Instant now) {
    List<Row> due =
        jdbc.sql(
                """
                SELECT id, request_id, message_name, correlation_key,
                       COALESCE(message_id, CAST(request_id AS text)) AS message_id, variables::text AS variables, attempts,
                       next_attempt_at
                FROM process_outbox
                WHERE dispatched_at IS NULL AND next_attempt_at <= :now
                ORDER BY next_attempt_at
                LIMIT :batch
                FOR UPDATE SKIP LOCKED
                """)
            .param("now", utc(now))
            .param("batch", BATCH)
            .query(Row.class)
            .list();
    List<CompletableFuture<Void>> sent = sendThroughWindow(due);
    int published = 0;
    boolean pushedBack = false;
    for (int i = 0; i < sent.size(); i++) {
      Row row = due.get(i);
      try {
        sent.get(i).join();
        jdbc.sql("UPDATE process_outbox SET dispatched_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
            .param("now", utc(now))
            .param("id", row.id())
            .update();
        events.publishEvent(new ProcessMessageDelivered(row.requestId(), row.messageName()));
        published++;
      } catch (CompletionException | CancellationException e) {
        Throwable cause = causeOf(e);
        int attempts = row.attempts() + 1;
        log.warn("Publishing {} for {} failed (attempt {}): {}", row.messageName(), row.correlationKey(), attempts, cause.toString());
        boolean busy = cause instanceof EngineBusyException;
        // pushed back: the row keeps its place in line and the whole outbox waits (PublishPacing)
        Instant next = busy ? row.nextAttemptAt().toInstant() : now.plus(backoff(attempts, firstRetry, maxRetry));
        pushedBack |= busy;
        jdbc.sql("UPDATE process_outbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error WHERE id = :id")
            .param("attempts", attempts)
            .param("next", utc(next))
            .param("error", describe(cause))
            .param("id", row.id())
            .update();
      }
    }
    if (pushedBack) {
      pacing.pushedBack(now);
    } else if (!sent.isEmpty()) {
      pacing.accepted();
    }
    return published;
  }

  /**
   * Publishes the rows in order, no more than the pacing's window unanswered at a time, and sends no
   * more once the engine pushed one back: those rows stay due, untouched, for a later round.
   */
  private List<CompletableFuture<Void>> sendThroughWindow(List<Row> due) {
    Semaphore window = new Semaphore(pacing.inFlight());
    AtomicBoolean pushedBack = new AtomicBoolean();
    List<CompletableFuture<Void>> sent = new ArrayList<>(due.size());
    for (Row row : due) {
      window.acquireUninterruptibly();
      if (pushedBack.get()) {
        break;
      }
      sent.add(
          publish(row)
              .whenComplete(
                  (published, error) -> {
                    if (error != null && causeOf(error) instanceof EngineBusyException) {
                      pushedBack.set(true);
                    }
                    window.release();
                  }));
    }
    return sent;
  }

  /** What a failed publish failed with, unwrapped from the future's {@link CompletionException}. */
  private static Throwable causeOf(Throwable futureFailure) {
    return futureFailure instanceof CompletionException && futureFailure.getCause() != null ? futureFailure.getCause() : futureFailure;
  }

  private CompletableFuture<Void> publish(Row row) {
    try {
      return publisher.publish(row.messageName(), row.correlationKey(), row.messageId(), row.variables());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** first, 2 × first, 4 × first … capped (by default 1 s, 2 s, 4 s … one minute). */
  static Duration backoff(int attempts, Duration first, Duration cap) {
    int doublings = Math.min(attempts - 1, 16);
    Duration delay = first.multipliedBy(1L << Math.max(doublings, 0));
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  static String describe(Throwable e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause != e) {
      text += " (caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
