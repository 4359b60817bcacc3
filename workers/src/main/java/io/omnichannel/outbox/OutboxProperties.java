package io.omnichannel.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The process outbox; how often it looks for due rows is {@code orchestrator.outbox.dispatch-interval} (200 ms).
 *
 * @param enabled whether this instance publishes the outbox (tests drive it by hand)
 * @param firstRetry the wait after a failed publish, doubled on each further failure
 * @param maxRetry the longest wait between attempts
 * @param maxInFlight publishes unanswered at a time; halved when the engine pushes back
 * @param pushbackPause how long the whole outbox waits after a pushback, doubling while it lasts
 */
@ConfigurationProperties("orchestrator.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1s") Duration firstRetry,
    @DefaultValue("1m") Duration maxRetry,
    @DefaultValue("8") int maxInFlight,
    @DefaultValue("100ms") Duration pushbackPause) {}
