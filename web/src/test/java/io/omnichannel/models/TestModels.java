package io.omnichannel.models;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Small models for the validator and diff tests, written as BPMN XML around a process body. */
final class TestModels {

  /** A reduced rule set standing in for what the product derives (ProductModelRules). */
  static final ModelRules RULES = new ModelRules(
      Set.of("acknowledge-request", "plan-sla", "send-answer", "remind-team"),
      Set.of("review-request"),
      Set.of("CustomerRequestReceived", "CustomerAnswered"),
      Set.of("slaDueAt", "slaReminderAt"),
      Set.of("acknowledge-request", "send-answer"),
      Set.of("customer-request"));

  private TestModels() {}

  static byte[] model(String processId, String body) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:message id="Message_Received" name="CustomerRequestReceived" />
          <bpmn:process id="%s" isExecutable="true">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processId, body)).getBytes(StandardCharsets.UTF_8);
  }

  static String step(String label, String doneBy) {
    return """
        <bpmn:extensionElements><zeebe:properties>
          <zeebe:property name="customerStep" value="%s" />
          <zeebe:property name="customerStepDoneBy" value="%s" />
        </zeebe:properties>""".formatted(label, doneBy);
  }

  /** start → acknowledge → plan SLA → review (user task, SLA timer) → send answer → end: valid under {@link #RULES}. */
  static String validBody() {
    return """
          <bpmn:startEvent id="Start">
            <bpmn:outgoing>F1</bpmn:outgoing>
            <bpmn:messageEventDefinition messageRef="Message_Received" />
          </bpmn:startEvent>
          <bpmn:serviceTask id="Ack" name="Acknowledge">
            %s
              <zeebe:taskDefinition type="acknowledge-request" retries="5" />
            </bpmn:extensionElements>
            <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:serviceTask id="PlanSla" name="Plan SLA">
            <bpmn:extensionElements><zeebe:taskDefinition type="plan-sla" /></bpmn:extensionElements>
            <bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:userTask id="Review" name="Review">
            <bpmn:extensionElements>
              <zeebe:formDefinition formKey="review-request" />
              <zeebe:assignmentDefinition candidateGroups="service" />
            </bpmn:extensionElements>
            <bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:boundaryEvent id="Reminder" cancelActivity="false" attachedToRef="Review">
            <bpmn:outgoing>F6</bpmn:outgoing>
            <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">=slaReminderAt</bpmn:timeDate></bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:serviceTask id="Remind" name="Remind">
            <bpmn:extensionElements><zeebe:taskDefinition type="remind-team" /></bpmn:extensionElements>
            <bpmn:incoming>F6</bpmn:incoming><bpmn:outgoing>F7</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:endEvent id="Reminded"><bpmn:incoming>F7</bpmn:incoming></bpmn:endEvent>
          <bpmn:serviceTask id="Answer" name="Send answer">
            %s
              <zeebe:taskDefinition type="send-answer" />
            </bpmn:extensionElements>
            <bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:endEvent id="End"><bpmn:incoming>F5</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Ack" />
          <bpmn:sequenceFlow id="F2" sourceRef="Ack" targetRef="PlanSla" />
          <bpmn:sequenceFlow id="F3" sourceRef="PlanSla" targetRef="Review" />
          <bpmn:sequenceFlow id="F4" sourceRef="Review" targetRef="Answer" />
          <bpmn:sequenceFlow id="F5" sourceRef="Answer" targetRef="End" />
          <bpmn:sequenceFlow id="F6" sourceRef="Reminder" targetRef="Remind" />
          <bpmn:sequenceFlow id="F7" sourceRef="Remind" targetRef="Reminded" />
        """.formatted(step("We confirm your request", "ACKNOWLEDGED"), step("We answer", "ANSWER_SENT"));
  }
}
