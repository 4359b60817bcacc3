package io.omnichannel.journeys.reservation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param holdFor how long a set-aside piece waits for the customer
 * @param remindBefore how long before the hold ends she is reminded
 */
@ConfigurationProperties("orchestrator.reservations")
record ReservationProperties(@DefaultValue("P3D") Duration holdFor, @DefaultValue("P1D") Duration remindBefore) {}
