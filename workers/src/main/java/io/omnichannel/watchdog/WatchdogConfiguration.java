package io.omnichannel.watchdog;

import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.omnichannel.requests.RequestTimeline;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the incident recorder in front of the Camunda client's own handling of worker exceptions. */
@Configuration(proxyBeanMethods = false)
class WatchdogConfiguration {

  @Bean
  JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
      CommandExceptionHandlingStrategy commands,
      MetricsRecorder metrics,
      WatchdogFindings findings,
      WatchdogAlerts alerts,
      RequestTimeline timeline,
      JdbcClient jdbc,
      Clock clock) {
    return new JobIncidentRecorder(
        new DefaultJobExceptionHandlingStrategy(commands, metrics),
        findings, alerts, timeline, jdbc, clock);
  }
}
