package io.omnichannel.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail outbox.
 *
 * @param from the sender of every mail
 * @param maxAttempts after this many failed sends (with a growing back-off, about 14 minutes for
 *     10) a mail is {@code FAILED} and the watchdog lists it
 * @param failedRetryInterval how often a {@code FAILED} mail is tried again until it goes out
 * @param outboxEnabled whether this instance sends the outbox (tests drive it by hand); how often
 *     it looks for due mails is {@code orchestrator.mail.dispatch-interval} (200 ms)
 * @param sendingLease how long a batch an instance claimed stays its own: mails another instance
 *     left {@code SENDING} (it was killed mid-batch) are sent after this, by whichever instance
 *     comes first. Longer than a batch can take against a slow mail server (its timeouts: 25 s)
 */
@ConfigurationProperties("orchestrator.mail")
public record MailProperties(
    @DefaultValue("service@shop.example") String from,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("15m") Duration failedRetryInterval,
    @DefaultValue("true") boolean outboxEnabled,
    @DefaultValue("5m") Duration sendingLease) {}
