package io.omnichannel.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail outbox.
 *
 * @param from the sender of every mail
 * @param maxAttempts after this many failed sends a mail is {@code FAILED} and the watchdog lists it
 * @param outboxEnabled whether this instance sends the outbox (tests drive it by hand); how often
 *     it looks for due mails is {@code orchestrator.mail.dispatch-interval} (200 ms)
 */
@ConfigurationProperties("orchestrator.mail")
public record MailProperties(
    @DefaultValue("service@shop.example") String from,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("true") boolean outboxEnabled) {}
