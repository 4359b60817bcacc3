package io.omnichannel.historyexporter;

import java.time.Instant;

/** What one engine record changes in the history tables: one row of one table. */
sealed interface HistoryRow {

  /** The log position of the record; rows keep the highest one, so an older record never wins. */
  long position();

  record Definition(long position, long key, String bpmnProcessId, int version, String resourceName, Instant deployedAt)
      implements HistoryRow {}

  /** {@code startedAt} is set by the activation, {@code endedAt} by the end; the other is null. */
  record ProcessInstance(
      long position, long key, long definitionKey, String bpmnProcessId, int version, Long parentKey,
      String state, Instant startedAt, Instant endedAt) implements HistoryRow {}

  /** The request's reference, from the root-scope variable {@code reference}. */
  record RequestReference(long position, long processInstanceKey, String reference) implements HistoryRow {}

  record ElementInstance(
      long position, long key, long processInstanceKey, long definitionKey, String bpmnProcessId, int version,
      String elementId, String elementType, Long flowScopeKey, String state, Instant startedAt, Instant endedAt)
      implements HistoryRow {}

  record Incident(
      long position, long key, long processInstanceKey, long definitionKey, Long elementInstanceKey, String elementId,
      Long jobKey, String errorType, String errorMessage, String state, Instant at) implements HistoryRow {}

  record Job(
      long position, long key, long processInstanceKey, Long elementInstanceKey, String elementId, String type,
      String state, int retries, String worker, String errorMessage, Instant at) implements HistoryRow {}

  record Timer(
      long position, long key, Long processInstanceKey, Long elementInstanceKey, String elementId, Instant dueAt,
      String state, Instant at) implements HistoryRow {}

  record MessageSubscription(
      long position, long key, long processInstanceKey, Long elementInstanceKey, String elementId,
      String messageName, String correlationKey, String state, Instant at) implements HistoryRow {}

  record Variable(
      long position, long scopeKey, String name, long processInstanceKey, String value, boolean truncated, Instant at)
      implements HistoryRow {}

  record UserTask(
      long position, long key, long processInstanceKey, Long elementInstanceKey, String elementId, String assignee,
      String state, Instant at) implements HistoryRow {}
}
