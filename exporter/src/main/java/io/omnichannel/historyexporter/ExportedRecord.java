package io.omnichannel.historyexporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessMessageSubscriptionRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One engine record as the exporter keeps it until it is written: its narrow log row and the rows
 * it changes. Taken apart at once, because the broker may reuse the record object after export.
 *
 * <p>Only getters that the exporter API of both the embedded 8.6 broker and the 8.8 broker of
 * docker-compose.yml have; intents are compared by name, so an intent one of them lacks is only
 * logged in {@code history_records}.
 */
record ExportedRecord(
    int partitionId, long position, long key, String valueType, String intent, Instant at, List<HistoryRow> rows) {

  static final String REFERENCE_VARIABLE = "reference";

  static ExportedRecord of(Record<?> record, int valueLimit) {
    Instant at = Instant.ofEpochMilli(record.getTimestamp());
    String intent = record.getIntent().name();
    return new ExportedRecord(
        record.getPartitionId(),
        record.getPosition(),
        record.getKey(),
        record.getValueType().name(),
        intent,
        at,
        rows(record, intent, at, valueLimit));
  }

  private static List<HistoryRow> rows(Record<?> record, String intent, Instant at, int valueLimit) {
    long position = record.getPosition();
    long key = record.getKey();
    ValueType type = record.getValueType();
    Object value = record.getValue();
    List<HistoryRow> rows = new ArrayList<>(2);
    if (type == ValueType.PROCESS && value instanceof Process process && intent.equals("CREATED")) {
      rows.add(new HistoryRow.Definition(
          position, process.getProcessDefinitionKey(), process.getBpmnProcessId(), process.getVersion(),
          process.getResourceName(), at));
    } else if (type == ValueType.PROCESS_INSTANCE && value instanceof ProcessInstanceRecordValue element) {
      elementRows(position, key, element, intent, at, rows);
    } else if (type == ValueType.INCIDENT && value instanceof IncidentRecordValue incident) {
      String state = switch (intent) {
        case "CREATED" -> "ACTIVE";
        case "RESOLVED" -> "RESOLVED";
        default -> null;
      };
      if (state != null) {
        rows.add(new HistoryRow.Incident(
            position, key, incident.getProcessInstanceKey(), incident.getProcessDefinitionKey(),
            known(incident.getElementInstanceKey()), incident.getElementId(), known(incident.getJobKey()),
            incident.getErrorType() == null ? null : incident.getErrorType().name(), incident.getErrorMessage(),
            state, at));
      }
    } else if (type == ValueType.JOB && value instanceof JobRecordValue job) {
      rows.add(new HistoryRow.Job(
          position, key, job.getProcessInstanceKey(), known(job.getElementInstanceKey()), job.getElementId(),
          job.getType(), intent, job.getRetries(), blankToNull(job.getWorker()), blankToNull(job.getErrorMessage()), at));
    } else if (type == ValueType.TIMER && value instanceof TimerRecordValue timer) {
      rows.add(new HistoryRow.Timer(
          position, key, known(timer.getProcessInstanceKey()), known(timer.getElementInstanceKey()),
          timer.getTargetElementId(), Instant.ofEpochMilli(timer.getDueDate()), intent, at));
    } else if (type == ValueType.PROCESS_MESSAGE_SUBSCRIPTION
        && value instanceof ProcessMessageSubscriptionRecordValue subscription
        && key >= 0) {
      rows.add(new HistoryRow.MessageSubscription(
          position, key, subscription.getProcessInstanceKey(), known(subscription.getElementInstanceKey()),
          subscription.getElementId(), subscription.getMessageName(), subscription.getCorrelationKey(), intent, at));
    } else if (type == ValueType.VARIABLE && value instanceof VariableRecordValue variable
        && (intent.equals("CREATED") || intent.equals("UPDATED"))) {
      variableRows(position, variable, at, valueLimit, rows);
    } else if (type == ValueType.USER_TASK && value instanceof UserTaskRecordValue task) {
      rows.add(new HistoryRow.UserTask(
          position, task.getUserTaskKey(), task.getProcessInstanceKey(), known(task.getElementInstanceKey()),
          task.getElementId(), blankToNull(task.getAssignee()), intent, at));
    }
    return rows;
  }

  /**
   * An element instance starts with ELEMENT_ACTIVATING and ends with ELEMENT_COMPLETED or
   * ELEMENT_TERMINATED; the records in between (and sequence flows) only go to history_records.
   * The process itself is an element instance too (type PROCESS), and also the process instance.
   */
  private static void elementRows(
      long position, long key, ProcessInstanceRecordValue element, String intent, Instant at, List<HistoryRow> rows) {
    String state;
    Instant startedAt = null;
    Instant endedAt = null;
    switch (intent) {
      case "ELEMENT_ACTIVATING" -> {
        state = "ACTIVE";
        startedAt = at;
      }
      case "ELEMENT_COMPLETED" -> {
        state = "COMPLETED";
        endedAt = at;
      }
      case "ELEMENT_TERMINATED" -> {
        state = "TERMINATED";
        endedAt = at;
      }
      default -> {
        return;
      }
    }
    String elementType = element.getBpmnElementType() == null ? "UNSPECIFIED" : element.getBpmnElementType().name();
    if (elementType.equals("SEQUENCE_FLOW")) {
      return;
    }
    rows.add(new HistoryRow.ElementInstance(
        position, key, element.getProcessInstanceKey(), element.getProcessDefinitionKey(), element.getBpmnProcessId(),
        element.getVersion(), element.getElementId(), elementType, known(element.getFlowScopeKey()), state,
        startedAt == null ? at : startedAt, endedAt));
    if (elementType.equals("PROCESS")) {
      rows.add(new HistoryRow.ProcessInstance(
          position, element.getProcessInstanceKey(), element.getProcessDefinitionKey(), element.getBpmnProcessId(),
          element.getVersion(), known(element.getParentProcessInstanceKey()), state, startedAt, endedAt));
    }
  }

  private static void variableRows(
      long position, VariableRecordValue variable, Instant at, int valueLimit, List<HistoryRow> rows) {
    String value = variable.getValue() == null ? "null" : variable.getValue();
    boolean truncated = value.length() > valueLimit;
    rows.add(new HistoryRow.Variable(
        position, variable.getScopeKey(), variable.getName(), variable.getProcessInstanceKey(),
        truncated ? value.substring(0, valueLimit) : value, truncated, at));
    if (variable.getName().equals(REFERENCE_VARIABLE)
        && variable.getScopeKey() == variable.getProcessInstanceKey()
        && value.length() > 2 && value.startsWith("\"") && value.endsWith("\"") && !truncated) {
      rows.add(new HistoryRow.RequestReference(
          position, variable.getProcessInstanceKey(), value.substring(1, value.length() - 1)));
    }
  }

  /** The engine writes -1 for "none". */
  private static Long known(long key) {
    return key < 0 ? null : key;
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
