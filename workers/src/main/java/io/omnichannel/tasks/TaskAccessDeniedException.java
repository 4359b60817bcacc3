package io.omnichannel.tasks;

import org.springframework.security.access.AccessDeniedException;

/** Only members of a candidate group, candidate users and the assignee may act on a task. */
public class TaskAccessDeniedException extends AccessDeniedException {

  public TaskAccessDeniedException(String username, long jobKey) {
    super(username + " is not in a team this task is offered to (task " + jobKey + ")");
  }
}
