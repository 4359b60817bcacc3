package io.omnichannel.runtime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The embedded broker's supervision ({@code embeddedBroker} in {@code /actuator/health}): down while
 * a broker that exited on its own is being started again, with when it exited, the end of its log
 * and the next attempt; up with the number of restarts so far. Unknown when the broker is external.
 */
@Component("embeddedBrokerHealthIndicator")
class EmbeddedBrokerHealthIndicator extends AbstractHealthIndicator {

  private final ObjectProvider<EmbeddedRuntime> runtime;

  EmbeddedBrokerHealthIndicator(ObjectProvider<EmbeddedRuntime> runtime) {
    super("embedded broker state unknown");
    this.runtime = runtime;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var status = java.util.Optional.ofNullable(runtime.getIfAvailable()).flatMap(EmbeddedRuntime::brokerStatus);
    if (status.isEmpty()) {
      builder.unknown().withDetail("reason", "the broker is not embedded");
      return;
    }
    RestartableBroker.Status broker = status.get();
    (broker.running() ? builder.up() : builder.down()).withDetail("restarts", broker.restarts());
    if (broker.lastExit() != null) {
      builder.withDetail("lastExit", broker.lastExit().toString());
    }
    if (!broker.running()) {
      builder.withDetail("state", broker.nextAttemptAt() == null ? "stopped" : "restarting");
      if (broker.nextAttemptAt() != null) {
        builder.withDetail("nextAttemptAt", broker.nextAttemptAt().toString());
      }
      if (broker.lastExitLog() != null) {
        builder.withDetail("lastExitLog", broker.lastExitLog());
      }
    }
  }
}
