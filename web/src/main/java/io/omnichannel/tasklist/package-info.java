/** The staff task list: team queues with filters and counts, a task with its request and customer, and the task's form from its journey. */
@org.springframework.modulith.ApplicationModule(displayName = "Task list")
package io.omnichannel.tasklist;
