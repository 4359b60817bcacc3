package io.omnichannel.tasks;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.Map;

/**
 * What the engine hands over with a user-task job, independent of the client library that fetched
 * it. The task's assignment, schedule and form arrive as {@code io.camunda.zeebe:*} custom headers.
 */
public record UserTaskJob(
    long jobKey,
    long processInstanceKey,
    long elementInstanceKey,
    String bpmnProcessId,
    String elementId,
    Map<String, String> headers,
    Map<String, Object> variables,
    Instant deadline) {

  public static final String HEADER_CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
  public static final String HEADER_CANDIDATE_USERS = "io.camunda.zeebe:candidateUsers";
  public static final String HEADER_ASSIGNEE = "io.camunda.zeebe:assignee";
  public static final String HEADER_DUE_DATE = "io.camunda.zeebe:dueDate";
  public static final String HEADER_FOLLOW_UP_DATE = "io.camunda.zeebe:followUpDate";
  public static final String HEADER_FORM_KEY = "io.camunda.zeebe:formKey";
  public static final String HEADER_PRIORITY = "io.camunda.zeebe:priority";

  public UserTaskJob {
    headers = Map.copyOf(headers);
  }

  public static UserTaskJob from(ActivatedJob job) {
    return new UserTaskJob(
        job.getKey(),
        job.getProcessInstanceKey(),
        job.getElementInstanceKey(),
        job.getBpmnProcessId(),
        job.getElementId(),
        job.getCustomHeaders(),
        job.getVariablesAsMap(),
        Instant.ofEpochMilli(job.getDeadline()));
  }

  public String header(String name) {
    String value = headers.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
