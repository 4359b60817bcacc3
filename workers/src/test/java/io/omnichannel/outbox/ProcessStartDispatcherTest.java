package io.omnichannel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox dispatcher with the engine replaced by a publisher we can make fail. */
class ProcessStartDispatcherTest extends ServiceCoreTest {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationEventPublisher events;

  record Published(String messageName, String correlationKey, String messageId, String variables) {}

  /** Accepts messages while {@link #engineUp}, otherwise fails the way an unreachable gateway does. */
  static class Engine implements ProcessMessagePublisher {
    final List<Published> received = new ArrayList<>();
    boolean engineUp = true;

    @Override
    public CompletableFuture<Void> publish(String messageName, String correlationKey, String messageId, String variablesJson) {
      if (!engineUp) {
        return CompletableFuture.failedFuture(new IllegalStateException("UNAVAILABLE: io exception"));
      }
      received.add(new Published(messageName, correlationKey, messageId, variablesJson));
      return CompletableFuture.completedFuture(null);
    }
  }

  @Test
  void failedPublishStaysInTheOutboxAndALaterRoundDeliversIt() {
    var engine = new Engine();
    var dispatcher = new ProcessStartDispatcher(jdbc, transaction, engine, properties(16), noModelsBean(), events, Clock.systemUTC());
    Instant now = Instant.now().plusSeconds(1);
    dispatcher.dispatchDue(now); // rows other tests left behind
    SubmittedRequest request = submit("manual", manualRequest(unique() + "@example.com", "KM-5500"));

    engine.engineUp = false;
    dispatcher.dispatchDue(now);
    Map<String, Object> afterFailure = row(request);
    dispatcher.dispatchDue(now); // backoff: not due yet
    Map<String, Object> beforeBackoffPassed = row(request);
    engine.engineUp = true;
    dispatcher.dispatchDue(now.plus(Duration.ofSeconds(2)));

    assertThat(afterFailure.get("attempts")).isEqualTo(1);
    assertThat((String) afterFailure.get("last_error")).contains("UNAVAILABLE");
    assertThat(afterFailure.get("dispatched_at")).isNull();
    assertThat(beforeBackoffPassed.get("attempts")).isEqualTo(1);
    Map<String, Object> delivered = row(request);
    assertThat(delivered.get("dispatched_at")).isNotNull();
    assertThat(delivered.get("last_error")).isNull();
    assertThat(engine.received)
        .filteredOn(m -> m.correlationKey().equals(request.reference()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageName()).isEqualTo("ManualRequestReceived");
              assertThat(m.messageId()).isEqualTo(request.id().toString());
              assertThat(m.variables()).contains("\"requestId\": \"" + request.id() + "\"").contains("\"reference\": \"" + request.reference() + "\"");
            });
  }

  @Test
  void aPushbackPausesTheOutboxAndThePushedBackStartKeepsItsPlaceInLine() {
    var engine = new BusyEngine();
    var dispatcher = dispatcher(engine, 1);
    Instant now = drainedAt();
    List<SubmittedRequest> requests = submitThree();
    engine.refuse = m -> m.correlationKey().equals(requests.get(1).reference());

    int firstRound = dispatcher.dispatchDue(now);
    Map<String, Object> pushedBack = row(requests.get(1));
    Map<String, Object> notSent = row(requests.get(2));
    engine.refuse = m -> false;
    int duringThePause = dispatcher.dispatchDue(now.plusMillis(50));
    int afterThePause = dispatcher.dispatchDue(now.plusMillis(100));

    assertThat(firstRound).isEqualTo(1);
    assertThat(row(requests.get(0)).get("dispatched_at")).isNotNull();
    assertThat(pushedBack.get("dispatched_at")).isNull();
    assertThat(pushedBack.get("attempts")).isEqualTo(1);
    assertThat((String) pushedBack.get("last_error")).contains("EngineBusyException").contains("RESOURCE_EXHAUSTED");
    assertThat(pushedBack.get("next_attempt_at")).as("keeps its place in line").isEqualTo(row(requests.get(1)).get("created_at"));
    assertThat(notSent.get("attempts")).as("not sent after the pushback").isEqualTo(0);
    assertThat(duringThePause).isZero();
    assertThat(afterThePause).isEqualTo(2);
    assertThat(engine.received.stream().map(Published::correlationKey))
        .containsExactly(requests.get(0).reference(), requests.get(1).reference(), requests.get(2).reference());
  }

  @Test
  void noMoreThanTheWindowIsUnansweredAtATime() {
    var engine = new SlowEngine();
    var dispatcher = dispatcher(engine, 2);
    Instant now = drainedAt();
    List<SubmittedRequest> requests = new ArrayList<>(submitThree());
    requests.addAll(submitThree());
    engine.answerAfterMillis = 200;

    int published = dispatcher.dispatchDue(now);

    assertThat(published).isEqualTo(6);
    assertThat(engine.mostUnanswered.get()).isEqualTo(2);
    requests.forEach(request -> assertThat(row(request).get("dispatched_at")).isNotNull());
  }

  /** Refuses the messages {@link #refuse} matches the way the gateway does when the broker's request limit is exhausted. */
  static class BusyEngine extends Engine {
    Predicate<Published> refuse = m -> false;

    @Override
    public CompletableFuture<Void> publish(String messageName, String correlationKey, String messageId, String variablesJson) {
      if (refuse.test(new Published(messageName, correlationKey, messageId, variablesJson))) {
        return CompletableFuture.failedFuture(
            new CompletionException(
                new EngineBusyException(new IllegalStateException("RESOURCE_EXHAUSTED: the request limit is exhausted"))));
      }
      return super.publish(messageName, correlationKey, messageId, variablesJson);
    }
  }

  /** Answers each message later, on another thread, counting how many are unanswered at once. */
  static class SlowEngine extends Engine {
    final AtomicInteger unanswered = new AtomicInteger();
    final AtomicInteger mostUnanswered = new AtomicInteger();
    long answerAfterMillis;

    @Override
    public CompletableFuture<Void> publish(String messageName, String correlationKey, String messageId, String variablesJson) {
      mostUnanswered.accumulateAndGet(unanswered.incrementAndGet(), Math::max);
      return CompletableFuture.runAsync(
          () -> {
            unanswered.decrementAndGet();
            super.publish(messageName, correlationKey, messageId, variablesJson);
          },
          CompletableFuture.delayedExecutor(answerAfterMillis, TimeUnit.MILLISECONDS));
    }
  }

  private ProcessStartDispatcher dispatcher(ProcessMessagePublisher engine, int maxInFlight) {
    return new ProcessStartDispatcher(
        jdbc, transaction, engine, properties(maxInFlight), noModelsBean(), events, Clock.systemUTC());
  }

  /** Publishes what other tests left behind with an engine that takes everything; returns a time after which new rows are due. */
  private Instant drainedAt() {
    var dispatcher = dispatcher(new Engine(), 16);
    Instant now = Instant.now().plusSeconds(5);
    while (dispatcher.dispatchDue(now) > 0) {
      // a batch at a time
    }
    return now;
  }

  private List<SubmittedRequest> submitThree() {
    List<SubmittedRequest> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      requests.add(submit("manual", manualRequest(unique() + "@example.com", "KM-5500")));
    }
    return requests;
  }

  @Test
  void backoffDoublesUpToItsCap() {
    Duration second = Duration.ofSeconds(1);
    Duration minute = Duration.ofMinutes(1);
    assertThat(ProcessStartDispatcher.backoff(1, second, minute)).isEqualTo(Duration.ofSeconds(1));
    assertThat(ProcessStartDispatcher.backoff(3, second, minute)).isEqualTo(Duration.ofSeconds(4));
    assertThat(ProcessStartDispatcher.backoff(7, second, minute)).isEqualTo(Duration.ofMinutes(1));
    assertThat(ProcessStartDispatcher.backoff(1000, second, minute)).isEqualTo(Duration.ofMinutes(1));
    assertThat(ProcessStartDispatcher.backoff(1000, Duration.ofMillis(200), Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
  }

  private Map<String, Object> row(SubmittedRequest request) {
    return jdbc.sql("SELECT attempts, last_error, dispatched_at, next_attempt_at, created_at FROM process_outbox WHERE request_id = :id")
        .param("id", request.id())
        .query()
        .singleRow();
  }

  /** As in the service core without the web application: no deployer, so the dispatcher takes the models as deployed. */
  private static org.springframework.beans.factory.ObjectProvider<ModelsDeployed> noModelsBean() {
    return new org.springframework.beans.factory.support.DefaultListableBeanFactory().getBeanProvider(ModelsDeployed.class);
  }

  private static OutboxProperties properties(int maxInFlight) {
    return new OutboxProperties(true, Duration.ofSeconds(1), Duration.ofMinutes(1), maxInFlight, Duration.ofMillis(100));
  }
}
