package io.omnichannel.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox dispatcher with the engine replaced by a publisher we can make fail. */
class ProcessStartDispatcherTest extends ServiceCoreTest {

  @Autowired ManualRequestIntake intake;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

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
    var dispatcher = new ProcessStartDispatcher(jdbc, transaction, engine, true, Duration.ofSeconds(1), Duration.ofMinutes(1), noModelsBean(), providerOf(Clock.systemUTC()));
    Instant now = Instant.now().plusSeconds(1);
    dispatcher.dispatchDue(now); // rows other tests left behind
    SubmittedRequest request = intake.submit(ManualRequestIntakeTest.submission(ManualRequestIntakeTest.unique() + "@example.com", "KM-5500"));

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
    return jdbc.sql("SELECT attempts, last_error, dispatched_at FROM process_outbox WHERE request_id = :id")
        .param("id", request.id())
        .query()
        .singleRow();
  }

  /** As in the service core without the web application: no deployer, so the dispatcher takes the models as deployed. */
  private static org.springframework.beans.factory.ObjectProvider<ModelsDeployed> noModelsBean() {
    return new org.springframework.beans.factory.support.DefaultListableBeanFactory().getBeanProvider(ModelsDeployed.class);
  }

  private static org.springframework.beans.factory.ObjectProvider<Clock> providerOf(Clock clock) {
    var factory = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
    factory.registerSingleton("clock", clock);
    return factory.getBeanProvider(Clock.class);
  }
}
