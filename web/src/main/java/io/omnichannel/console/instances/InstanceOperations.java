package io.omnichannel.console.instances;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.omnichannel.audit.AuditEntry;
import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.history.EngineHistory;
import io.omnichannel.history.HistoryViews.Incident;
import io.omnichannel.history.HistoryViews.InstanceHistory;
import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.tasks.TaskLeaseKeeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retries incidents and cancels instances from the console. Each operation is sent to the engine
 * first and written to the audit log once the engine took it; what became of a retry is read back
 * from the history afterwards ({@link #retriesOf}), so the page shows the outcome, not only that the
 * retry was sent.
 */
@Service
class InstanceOperations {

  static final String AREA = "instance";
  static final String RETRIED = "retried incident";
  static final String CANCELLED = "cancelled";
  /** Retries given to the failed job: one attempt per retry, so the outcome shown is of that attempt. */
  static final int RETRIES = 1;
  static final int MAX_SELECTION = 100;
  static final int MAX_REASON = 2000;
  private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(10);

  /** The outcome of retrying one selected incident. */
  public record RetryRequested(long incidentKey, boolean sent, String message) {}

  /** A retry made earlier and what became of it. */
  public record RetryOutcome(Instant at, String user, long incidentKey, String elementId, Outcome outcome, String detail) {}

  public enum Outcome {
    WAITING("sent; the engine has not finished the step yet"),
    SUCCEEDED("succeeded: the step completed"),
    FAILED_AGAIN("failed again: a new incident");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final CamundaClient engine;
  private final EngineHistory history;
  private final InstanceTasks tasks;
  private final ConsoleAudit audit;
  private final RequestTracking requests;
  private final RequestTimeline timeline;
  private final TaskLeaseKeeper leases;
  private final TransactionTemplate transaction;

  InstanceOperations(
      CamundaClient engine,
      EngineHistory history,
      InstanceTasks tasks,
      ConsoleAudit audit,
      RequestTracking requests,
      RequestTimeline timeline,
      TaskLeaseKeeper leases,
      TransactionTemplate transaction) {
    this.engine = engine;
    this.history = history;
    this.tasks = tasks;
    this.audit = audit;
    this.requests = requests;
    this.timeline = timeline;
    this.leases = leases;
    this.transaction = transaction;
  }

  /**
   * Retries exactly the incidents selected: each one still open gets its job's retries raised and
   * is resolved; the others are reported, never replaced by other incidents of the same element.
   */
  List<RetryRequested> retry(List<Long> selected, String user) {
    if (selected.size() > MAX_SELECTION) {
      throw new IllegalArgumentException("Please select at most " + MAX_SELECTION + " incidents at a time.");
    }
    List<RetryRequested> results = new ArrayList<>();
    for (long key : new LinkedHashSet<>(selected)) {
      results.add(retryOne(key, user));
    }
    return results;
  }

  private RetryRequested retryOne(long incidentKey, String user) {
    Optional<Incident> found = history.incident(incidentKey);
    if (found.isEmpty()) {
      return new RetryRequested(incidentKey, false, "unknown incident");
    }
    Incident incident = found.get();
    if (!"ACTIVE".equals(incident.state())) {
      return new RetryRequested(incidentKey, false, "already resolved");
    }
    try {
      if (incident.jobKey() != null && incident.jobKey() > 0) {
        engine.newUpdateRetriesCommand(incident.jobKey()).retries(RETRIES).requestTimeout(ENGINE_TIMEOUT).send().join();
      }
      engine.newResolveIncidentCommand(incidentKey).requestTimeout(ENGINE_TIMEOUT).send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        return new RetryRequested(incidentKey, false, "already resolved");
      }
      return new RetryRequested(incidentKey, false, "the engine refused: " + e.getStatus().getDescription());
    }
    long instanceKey = history.instanceOfIncident(incidentKey).orElseThrow();
    transaction.executeWithoutResult(tx -> audit.record(user, AREA, String.valueOf(instanceKey), RETRIED, Map.of(
        "incidentKey", incidentKey,
        "jobKey", incident.jobKey() == null ? 0 : incident.jobKey(),
        "elementId", incident.elementId(),
        "elementInstanceKey", incident.elementInstanceKey() == null ? 0 : incident.elementInstanceKey(),
        "errorMessage", String.valueOf(incident.errorMessage()))));
    return new RetryRequested(incidentKey, true, "retry sent");
  }

  /** The retries made on an instance, newest first, each with what the engine did afterwards. */
  List<RetryOutcome> retriesOf(long instanceKey) {
    return audit.latest(AREA, String.valueOf(instanceKey), 50).stream()
        .filter(entry -> RETRIED.equals(entry.action()))
        .map(this::outcome)
        .toList();
  }

  private RetryOutcome outcome(AuditEntry retry) {
    long elementInstanceKey = ((Number) retry.detail().get("elementInstanceKey")).longValue();
    long incidentKey = ((Number) retry.detail().get("incidentKey")).longValue();
    String elementId = String.valueOf(retry.detail().get("elementId"));
    Optional<Incident> again = history.incidentAfter(elementInstanceKey, retry.at());
    if (again.isPresent()) {
      return new RetryOutcome(retry.at(), retry.username(), incidentKey, elementId, Outcome.FAILED_AGAIN, again.get().errorMessage());
    }
    boolean completed = history.completed(elementInstanceKey);
    return new RetryOutcome(retry.at(), retry.username(), incidentKey, elementId, completed ? Outcome.SUCCEEDED : Outcome.WAITING, null);
  }

  /**
   * Cancels a running instance with a reason. Its open tasks leave the lists at once, the request's
   * history says who cancelled it and why, and the request, left without an owner, is the
   * watchdog's to report.
   */
  void cancel(long instanceKey, String reason, String user) {
    var instance = history.instance(instanceKey).map(InstanceHistory::instance)
        .orElseThrow(() -> new IllegalArgumentException("unknown instance " + instanceKey));
    engine.newCancelInstanceCommand(instanceKey).requestTimeout(ENGINE_TIMEOUT).send().join();
    transaction.executeWithoutResult(tx -> {
      audit.record(user, AREA, String.valueOf(instanceKey), CANCELLED, Map.of(
          "reason", reason, "process", instance.bpmnProcessId() + " v" + instance.version(),
          "reference", String.valueOf(instance.requestReference())));
      if (instance.requestReference() != null) {
        requests.findByReference(instance.requestReference()).ifPresent(request -> timeline.record(
            request.id(), "INSTANCE_CANCELLED", "Journey cancelled in the console: " + reason, false, user));
      }
    });
    tasks.openJobKeys(instanceKey).forEach(leases::checkNow);
  }
}
