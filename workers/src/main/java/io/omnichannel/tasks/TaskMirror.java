package io.omnichannel.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.processes.SharedModel.Variables;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.Team;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mirrors user-task jobs into PostgreSQL, where the task list finds them. */
@Service
public class TaskMirror {

  /** Zeebe's default user-task priority. */
  static final int DEFAULT_PRIORITY = 50;

  /** Process variable naming the store a request belongs to (requests taken at a store counter). */
  public static final String STORE_ID = "storeId";

  /** Process variable a model may set to give its user tasks a priority (0–100) when the task carries none. */
  public static final String TASK_PRIORITY = "taskPriority";

  private final UserTasks tasks;
  private final StaffDirectory staff;
  private final RequestFactsLookup requests;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;

  public TaskMirror(
      UserTasks tasks, StaffDirectory staff, RequestFactsLookup requests, ApplicationEventPublisher events, ObjectMapper json) {
    this.tasks = tasks;
    this.staff = staff;
    this.requests = requests;
    this.events = events;
    this.json = json;
  }

  /** Idempotent: a redelivered job refreshes its open task and leaves a finished one alone. */
  @Transactional
  public void mirror(UserTaskJob job) {
    List<String> groups = list(job.header(UserTaskJob.HEADER_CANDIDATE_GROUPS));
    UUID requestId = uuid(job.variables().get(Variables.REQUEST_ID));
    Object reference = job.variables().get(Variables.REFERENCE);
    boolean created =
        tasks.upsert(
            new UserTasks.NewTask(
                job.jobKey(),
                job.processInstanceKey(),
                job.elementInstanceKey(),
                job.bpmnProcessId(),
                job.elementId(),
                requestId,
                reference == null ? null : reference.toString(),
                nameOf(job.elementId()),
                groups,
                list(job.header(UserTaskJob.HEADER_CANDIDATE_USERS)),
                job.header(UserTaskJob.HEADER_ASSIGNEE),
                instant(job.header(UserTaskJob.HEADER_DUE_DATE)),
                instant(job.header(UserTaskJob.HEADER_FOLLOW_UP_DATE)),
                job.header(UserTaskJob.HEADER_FORM_KEY),
                job.variables(),
                job.deadline(),
                priority(job.header(UserTaskJob.HEADER_PRIORITY), job.variables().get(TASK_PRIORITY)),
                facts(requestId, job.variables().get(STORE_ID))));
    if (created && requestId != null) {
      String teamName = groups.stream().findFirst().flatMap(staff::team).map(Team::name).orElse(null);
      events.publishEvent(new TaskEvents.TaskCreated(requestId, job.jobKey(), nameOf(job.elementId()), teamName));
    }
  }

  /** What the list filters on; read once here so listing never joins the ledger. */
  private RequestFacts facts(UUID requestId, Object storeId) {
    String store = storeId == null ? null : storeId.toString();
    if (requestId == null) {
      return new RequestFacts(null, null, store, null, null, null);
    }
    return requests
        .factsOf(requestId)
        .map(facts -> facts.atStore(store))
        .orElse(new RequestFacts(null, null, store, null, null, null));
  }

  private static int priority(String header, Object variable) {
    String value = header != null ? header : variable == null ? null : variable.toString();
    if (value == null) {
      return DEFAULT_PRIORITY;
    }
    try {
      return Math.clamp(Integer.parseInt(value.strip()), 0, 100);
    } catch (NumberFormatException e) {
      return DEFAULT_PRIORITY;
    }
  }

  /**
   * The job does not carry the BPMN element's name, so it is derived from our id convention:
   * {@code UserTask_ReviewManualRequest} → "Review manual request".
   */
  static String nameOf(String elementId) {
    String words = elementId.substring(elementId.indexOf('_') + 1).replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
    return words.isEmpty()
        ? elementId
        : Character.toUpperCase(words.charAt(0)) + words.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Zeebe sends candidate lists as a JSON array; older engines sent a comma-separated list. */
  private List<String> list(String header) {
    if (header == null) {
      return List.of();
    }
    if (header.startsWith("[")) {
      try {
        return List.of(json.readValue(header, String[].class));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("unreadable candidate list header: " + header, e);
      }
    }
    return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Instant instant(String iso) {
    return iso == null ? null : ZonedDateTime.parse(iso).toInstant();
  }

  private static UUID uuid(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return UUID.fromString(value.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
