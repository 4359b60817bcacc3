package io.omnichannel.tasks;

/** How many open tasks a queue holds, and how many of them are overdue. {@code team} is null for "my tasks". */
public record QueueCount(String team, long open, long overdue) {}
