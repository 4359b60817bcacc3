package io.omnichannel.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.workerstest.ServiceCoreTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotentCallsTest extends ServiceCoreTest {

  @Autowired IdempotentCalls calls;
  @Autowired JdbcClient jdbc;

  private final Integration shop = new Integration("shop", RequestAccess.OWN_REQUESTS);
  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void aRepeatWithTheSameKeyAndPayloadAnswersWithTheFirstResultWithoutRunningAgain() {
    String key = "key-" + System.nanoTime();

    var first = calls.run(shop, "create", key, "{\"a\":1}", () -> "result-" + runs.incrementAndGet());
    var repeat = calls.run(shop, "create", key, "{\"a\":1}", () -> "result-" + runs.incrementAndGet());

    assertThat(first).isEqualTo(new IdempotentCalls.Outcome("result-1", true));
    assertThat(repeat).isEqualTo(new IdempotentCalls.Outcome("result-1", false));
    assertThat(runs).hasValue(1);
  }

  @Test
  void theSameKeyWithAnotherPayloadOrOperationIsAConflict() {
    String key = "key-" + System.nanoTime();
    calls.run(shop, "create", key, "{\"a\":1}", () -> "first");

    assertThatThrownBy(() -> calls.run(shop, "create", key, "{\"a\":2}", () -> "second"))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThatThrownBy(() -> calls.run(shop, "append", key, "{\"a\":1}", () -> "second"))
        .isInstanceOf(IdempotencyConflictException.class);
  }

  @Test
  void integrationsHaveTheirOwnKeys() {
    String key = "key-" + System.nanoTime();
    calls.run(shop, "create", key, "{}", () -> "shop's");

    var till = calls.run(new Integration("till", RequestAccess.OWN_REQUESTS), "create", key, "{}", () -> "till's");

    assertThat(till).isEqualTo(new IdempotentCalls.Outcome("till's", true));
  }

  @Test
  void aFailedCallLeavesNoClaimSoTheKeyCanBeUsedAgain() {
    String key = "key-" + System.nanoTime();

    assertThatThrownBy(() -> calls.run(shop, "create", key, "{\"bad\":true}", () -> {
          throw new IllegalArgumentException("refused");
        }))
        .hasMessage("refused");

    assertThat(jdbc.sql("SELECT count(*) FROM api_idempotency_keys WHERE idempotency_key = :key").param("key", key).query(Long.class).single())
        .isZero();
    assertThat(calls.run(shop, "create", key, "{\"good\":true}", () -> "corrected").created()).isTrue();
  }

  @Test
  void withoutAKeyEveryCallRuns() {
    var first = calls.run(shop, "create", null, "{}", () -> "r" + runs.incrementAndGet());
    var second = calls.run(shop, "create", null, "{}", () -> "r" + runs.incrementAndGet());

    assertThat(first.created()).isTrue();
    assertThat(second).isEqualTo(new IdempotentCalls.Outcome("r2", true));
  }
}
