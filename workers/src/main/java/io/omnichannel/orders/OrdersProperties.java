package io.omnichannel.orders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Orders ({@code orchestrator.orders}).
 *
 * @param reviewInvitationDelay how long after delivery or pickup a customer is asked for a review
 *     (every customer alike; the models' timer reads it)
 * @param pickupHoldFor how long a store keeps a click and collect order that is ready for her
 * @param pickupRemindBefore how long before that ends she is reminded
 */
@ConfigurationProperties("orchestrator.orders")
public record OrdersProperties(
    @DefaultValue("P7D") Duration reviewInvitationDelay,
    @DefaultValue("P7D") Duration pickupHoldFor,
    @DefaultValue("P1D") Duration pickupRemindBefore) {}
