package io.omnichannel.historyexporter;

import io.camunda.zeebe.protocol.record.ImmutableRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessMessageSubscriptionIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.BpmnEventType;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.camunda.zeebe.protocol.record.value.ImmutableIncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableJobRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableProcessMessageSubscriptionRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableTimerRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableVariableRecordValue;
import io.camunda.zeebe.protocol.record.value.JobKind;
import io.camunda.zeebe.protocol.record.value.deployment.ImmutableProcess;
import java.time.Instant;
import java.util.Map;

/**
 * Engine records of one process instance on one partition, as the broker hands them to an
 * exporter, with positions counting up from a start and timestamps one second apart.
 */
final class TestRecords {

  static final String PROCESS_ID = "manual-request";
  static final Instant START = Instant.parse("2026-03-04T09:00:00Z");

  private final int partitionId;
  private final long definitionKey;
  final long processInstanceKey;
  private long position;

  TestRecords(int partitionId, long firstPosition, long definitionKey, long processInstanceKey) {
    this.partitionId = partitionId;
    this.position = firstPosition;
    this.definitionKey = definitionKey;
    this.processInstanceKey = processInstanceKey;
  }

  long lastPosition() {
    return position - 1;
  }

  Record<?> deployed(int version) {
    return event(definitionKey, ValueType.PROCESS, ProcessIntent.CREATED,
        ImmutableProcess.builder().withBpmnProcessId(PROCESS_ID).withVersion(version).withVersionTag("")
            .withProcessDefinitionKey(definitionKey).withResourceName("manual-request.bpmn")
            .withChecksum(new byte[] {1}).withResource(new byte[] {1}).withDuplicate(false).withDeploymentKey(1)
            .withTenantId("<default>").build());
  }

  Record<?> element(long key, String elementId, BpmnElementType type, long flowScopeKey, ProcessInstanceIntent intent) {
    return event(key, ValueType.PROCESS_INSTANCE, intent,
        ImmutableProcessInstanceRecordValue.builder().withBpmnProcessId(PROCESS_ID).withVersion(1)
            .withProcessDefinitionKey(definitionKey).withProcessInstanceKey(processInstanceKey)
            .withElementId(elementId).withFlowScopeKey(flowScopeKey).withBpmnElementType(type)
            .withBpmnEventType(BpmnEventType.UNSPECIFIED).withParentProcessInstanceKey(-1)
            .withParentElementInstanceKey(-1).withTenantId("<default>").build());
  }

  Record<?> process(ProcessInstanceIntent intent) {
    return element(processInstanceKey, PROCESS_ID, BpmnElementType.PROCESS, -1, intent);
  }

  Record<?> variable(long scopeKey, String name, String json, VariableIntent intent) {
    return event(position + 1_000_000, ValueType.VARIABLE, intent,
        ImmutableVariableRecordValue.builder().withName(name).withValue(json).withScopeKey(scopeKey)
            .withProcessInstanceKey(processInstanceKey).withProcessDefinitionKey(definitionKey)
            .withBpmnProcessId(PROCESS_ID).withTenantId("<default>").build());
  }

  Record<?> job(long jobKey, long elementInstanceKey, String elementId, JobIntent intent, int retries, String worker, String error) {
    return event(jobKey, ValueType.JOB, intent,
        ImmutableJobRecordValue.builder().withType("send-manual").withCustomHeaders(Map.of()).withWorker(worker)
            .withRetries(retries).withRetryBackoff(0).withRecurringTime(-1).withDeadline(-1).withTimeout(-1)
            .withErrorMessage(error).withErrorCode("").withElementId(elementId).withElementInstanceKey(elementInstanceKey)
            .withBpmnProcessId(PROCESS_ID).withProcessDefinitionVersion(1).withProcessDefinitionKey(definitionKey)
            .withProcessInstanceKey(processInstanceKey).withJobKind(JobKind.BPMN_ELEMENT).withVariables(Map.of())
            .withTenantId("<default>").build());
  }

  Record<?> incident(long incidentKey, long elementInstanceKey, String elementId, long jobKey, IncidentIntent intent) {
    return event(incidentKey, ValueType.INCIDENT, intent,
        ImmutableIncidentRecordValue.builder().withErrorType(ErrorType.JOB_NO_RETRIES)
            .withErrorMessage("mail server refused the connection").withBpmnProcessId(PROCESS_ID)
            .withProcessDefinitionKey(definitionKey).withProcessInstanceKey(processInstanceKey)
            .withElementId(elementId).withElementInstanceKey(elementInstanceKey).withJobKey(jobKey)
            .withVariableScopeKey(elementInstanceKey).withTenantId("<default>").build());
  }

  Record<?> timer(long timerKey, long elementInstanceKey, String elementId, Instant due, TimerIntent intent) {
    return event(timerKey, ValueType.TIMER, intent,
        ImmutableTimerRecordValue.builder().withProcessDefinitionKey(definitionKey)
            .withElementInstanceKey(elementInstanceKey).withProcessInstanceKey(processInstanceKey)
            .withDueDate(due.toEpochMilli()).withTargetElementId(elementId).withRepetitions(1)
            .withTenantId("<default>").build());
  }

  Record<?> subscription(long key, long elementInstanceKey, String elementId, ProcessMessageSubscriptionIntent intent) {
    return event(key, ValueType.PROCESS_MESSAGE_SUBSCRIPTION, intent,
        ImmutableProcessMessageSubscriptionRecordValue.builder().withProcessInstanceKey(processInstanceKey)
            .withElementInstanceKey(elementInstanceKey).withBpmnProcessId(PROCESS_ID).withMessageKey(-1)
            .withMessageName("customer-answered").withCorrelationKey("SR-2026-000042").withElementId(elementId)
            .withInterrupting(true).withVariables(Map.of()).withTenantId("<default>").build());
  }

  /** The next record at the next position, one second after the previous one. */
  <T extends RecordValue> Record<T> event(long key, ValueType valueType, Intent intent, T value) {
    long at = position;
    position++;
    return ImmutableRecord.<T>builder()
        .withPosition(at)
        .withSourceRecordPosition(at - 1)
        .withKey(key)
        .withTimestamp(START.plusSeconds(at).toEpochMilli())
        .withIntent(intent)
        .withPartitionId(partitionId)
        .withRecordType(RecordType.EVENT)
        .withRejectionType(RejectionType.NULL_VAL)
        .withRejectionReason("")
        .withBrokerVersion("8.6.0")
        .withAuthorizations(Map.of())
        .withRecordVersion(1)
        .withValueType(valueType)
        .withValue(value)
        .withOperationReference(-1)
        .build();
  }
}
