package io.omnichannel.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A user task as the task list shows it: the PostgreSQL mirror of a user-task job. */
public record StaffTask(
    long jobKey,
    long processInstanceKey,
    long elementInstanceKey,
    String bpmnProcessId,
    String elementId,
    UUID requestId,
    String reference,
    String name,
    List<String> candidateGroups,
    List<String> candidateUsers,
    String assignee,
    Instant dueAt,
    Instant followUpAt,
    String formKey,
    Map<String, Object> variables,
    TaskState state,
    TaskSlaState slaState,
    Instant createdAt,
    Instant completedAt,
    String completedBy,
    Map<String, Object> outcome,
    Instant leaseExpiresAt,
    int priority,
    Instant claimedAt,
    RequestFacts request) {

  /** May this user work on the task, given the teams they belong to? */
  public boolean isCandidate(String username, Collection<String> teams) {
    return username.equals(assignee)
        || candidateUsers.contains(username)
        || candidateGroups.stream().anyMatch(teams::contains);
  }

  public boolean isOpen() {
    return state == TaskState.OPEN;
  }

  public boolean isOverdue(Instant now) {
    return dueAt != null && now.isAfter(dueAt);
  }
}
