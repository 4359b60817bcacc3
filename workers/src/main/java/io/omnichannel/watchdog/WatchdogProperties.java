package io.omnichannel.watchdog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The no-drop watchdog; it sweeps every {@code orchestrator.watchdog.interval} (1 min).
 *
 * @param enabled whether this instance sweeps (tests sweep by hand)
 * @param grace how long an open request may go without an owner or any activity before it is raised
 */
@ConfigurationProperties("orchestrator.watchdog")
record WatchdogProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration grace) {}
