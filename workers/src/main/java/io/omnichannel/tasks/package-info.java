/** Staff tasks: the user-task jobs mirrored in PostgreSQL, the task list's queries, leases, claims, assignments, absences, and the forms journeys provide. */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package io.omnichannel.tasks;
