package io.omnichannel.watchdog;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.omnichannel.requests.RequestTimeline;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wraps the Camunda client's handling of a worker's exception: when a job fails on its last retry
 * (the engine will raise an incident), the watchdog gets an {@code INCIDENT} finding and the
 * request's history a staff-only entry, so the failure has an owner beyond a log line. Business
 * outcomes thrown as BPMN errors are not failures.
 */
public class JobIncidentRecorder implements JobExceptionHandlingStrategy {

  static final String INCIDENT_EVENT = "INCIDENT";
  private static final Logger log = LoggerFactory.getLogger(JobIncidentRecorder.class);

  private final JobExceptionHandlingStrategy delegate;
  private final WatchdogFindings findings;
  private final WatchdogAlerts alerts;
  private final RequestTimeline timeline;
  private final JdbcClient jdbc;
  private final Clock clock;

  JobIncidentRecorder(
      JobExceptionHandlingStrategy delegate,
      WatchdogFindings findings,
      WatchdogAlerts alerts,
      RequestTimeline timeline,
      JdbcClient jdbc,
      Clock clock) {
    this.delegate = delegate;
    this.findings = findings;
    this.alerts = alerts;
    this.timeline = timeline;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
    ActivatedJob job = context.job();
    if (!(exception instanceof BpmnError) && job.getRetries() <= 1) {
      try {
        record(job, exception);
      } catch (RuntimeException e) {
        // the job is failed below all the same; the watchdog's sweep finds the request without owner later
        log.error("Could not record the incident of job {} ({})", job.getKey(), job.getType(), e);
      }
    }
    delegate.handleException(exception, context);
  }

  private void record(ActivatedJob job, Exception exception) {
    Optional<UUID> requestId = requestIdOf(job);
    String reference = requestId.flatMap(this::referenceOf).orElse(null);
    String detail = "Step " + job.getElementId() + " (job type " + job.getType() + ") failed on its last retry: "
        + exception.getClass().getSimpleName() + ": " + exception.getMessage();
    UUID subject = requestId.orElseGet(
        () -> UUID.nameUUIDFromBytes(("process-instance:" + job.getProcessInstanceKey()).getBytes(StandardCharsets.UTF_8)));
    Observation seen = new Observation(
        FindingKind.INCIDENT, subject, requestId.orElse(null), reference, detail, job.getProcessInstanceKey(), job.getElementId());
    findings.raise(seen, clock.instant()).ifPresent(raised -> {
      requestId.ifPresent(id -> timeline.record(id, INCIDENT_EVENT, detail, false, "system"));
      alerts.raised(raised);
    });
  }

  private static Optional<UUID> requestIdOf(ActivatedJob job) {
    Object value = job.getVariablesAsMap().get("requestId");
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value.toString()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private Optional<String> referenceOf(UUID requestId) {
    return jdbc.sql("SELECT reference FROM service_requests WHERE id = :id").param("id", requestId).query(String.class).optional();
  }
}
