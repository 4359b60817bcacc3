package io.omnichannel.tasklist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often an open task list asks for its rows and counts again, so tasks
 *     cancelled by the engine leave it and new ones appear without a reload
 */
@ConfigurationProperties("orchestrator.tasklist")
record TaskListProperties(@DefaultValue("15s") Duration refreshInterval) {

  /** For the page's {@code hx-trigger}; at least one second. */
  long refreshSeconds() {
    return Math.max(1, refreshInterval.toSeconds());
  }
}
