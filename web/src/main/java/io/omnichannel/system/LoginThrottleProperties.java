package io.omnichannel.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign-ins are throttled ({@code orchestrator.login}): after {@code failuresPerAccount}
 * wrong passwords for one user name within {@code window}, that name is locked for {@code
 * firstLockout}, doubling with each further lock up to {@code maxLockout}; the same for a client
 * address after {@code failuresPerAddress} failures with any names.
 */
@ConfigurationProperties("orchestrator.login")
record LoginThrottleProperties(
    @DefaultValue("5") int failuresPerAccount,
    @DefaultValue("20") int failuresPerAddress,
    @DefaultValue("15m") Duration window,
    @DefaultValue("1m") Duration firstLockout,
    @DefaultValue("1h") Duration maxLockout,
    @DefaultValue("10000") int maxTracked) {}
