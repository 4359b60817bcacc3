package io.omnichannel.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The values that {@link EngineHistory} returns. */
public final class HistoryViews {

  private HistoryViews() {}

  /** A process definition the engine deployed. */
  public record Definition(long key, String bpmnProcessId, int version, String resourceName, Instant deployedAt) {}

  /**
   * Which definition to look at: one version of a process id, or all its versions ({@code version}
   * null).
   */
  public record DefinitionSelector(String bpmnProcessId, Integer version) {
    public DefinitionSelector {
      if (bpmnProcessId == null || bpmnProcessId.isBlank()) {
        throw new IllegalArgumentException("a process id is required");
      }
      if (version != null && version < 1) {
        throw new IllegalArgumentException("a version is 1 or more, not " + version);
      }
    }

    public static DefinitionSelector allVersions(String bpmnProcessId) {
      return new DefinitionSelector(bpmnProcessId, null);
    }

    public static DefinitionSelector version(String bpmnProcessId, int version) {
      return new DefinitionSelector(bpmnProcessId, version);
    }
  }

  /**
   * The figures of one element of a definition.
   *
   * @param waitingNow instances at the element now (entered, not left)
   * @param completedInPeriod instances that completed the element in the period asked for
   * @param openIncidents unresolved incidents at the element
   * @param waitingSince when the one waiting longest entered it (null when none waits)
   * @param medianTimeInPeriod the median time spent at the element by those that completed it in the
   *     period (null when none did)
   */
  public record ElementFigures(
      String elementId, long waitingNow, long completedInPeriod, long openIncidents, Instant waitingSince,
      Duration medianTimeInPeriod) {

    /** The figures without the times, e.g. to compare counts. */
    public ElementFigures(String elementId, long waitingNow, long completedInPeriod, long openIncidents) {
      this(elementId, waitingNow, completedInPeriod, openIncidents, null, null);
    }

    public ElementFigures counts() {
      return new ElementFigures(elementId, waitingNow, completedInPeriod, openIncidents);
    }
  }

  /** An incident of any instance, with the request it concerns, for the console's incident list. */
  public record IncidentOfInstance(
      Incident incident, long processInstanceKey, String bpmnProcessId, Integer version, String requestReference) {}

  /** An instance waiting at an element, since when, and the request it serves (if known). */
  public record WaitingInstance(
      long processInstanceKey, long elementInstanceKey, int version, String requestReference, Instant since) {}

  /** A process instance: state is ACTIVE, COMPLETED or TERMINATED. */
  public record Instance(
      long processInstanceKey, long processDefinitionKey, String bpmnProcessId, int version,
      Long parentProcessInstanceKey, String requestReference, String state, Instant startedAt, Instant endedAt) {}

  /** One element instance on an instance's path; ended null while it is active. */
  public record Step(
      long elementInstanceKey, String elementId, String elementType, Long flowScopeKey, String state,
      Instant startedAt, Instant endedAt) {}

  /** A variable as the engine's JSON; {@code truncated} when it was cut at the exporter's limit. */
  public record Variable(long scopeKey, String name, String value, boolean truncated, Instant updatedAt) {}

  /** An incident: state ACTIVE or RESOLVED. */
  public record Incident(
      long incidentKey, Long elementInstanceKey, String elementId, Long jobKey, String errorType,
      String errorMessage, String state, Instant createdAt, Instant resolvedAt) {}

  /** A job of a service or user task, with the engine's last word on it (CREATED, COMPLETED, FAILED…). */
  public record Job(
      long jobKey, Long elementInstanceKey, String elementId, String jobType, String state, Integer retries,
      String worker, String errorMessage, Instant createdAt, Instant updatedAt) {}

  /** Everything the history knows of one process instance; the path in the order the elements started. */
  public record InstanceHistory(
      Instance instance, List<Step> path, List<Variable> variables, List<Incident> incidents, List<Job> jobs) {}
}
