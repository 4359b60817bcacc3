package io.omnichannel.processes;

/**
 * Issue 3: a general question, a complaint or a callback wish, from any channel. Every one ends in a
 * team's queue with an SLA on business hours; nothing is answered automatically.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key. The start carries {@link Variables#REQUEST_TYPE} and {@link Variables#TEAM}, chosen
 * at intake: the model offers the task to {@code team} and escalates complaints further.
 */
public final class CustomerRequestProcess {

  public static final String PROCESS_ID = "customer-request";
  public static final String RESOURCE = "bpmn/customer-request.bpmn";
  public static final String START_MESSAGE = "CustomerRequestReceived";

  /** Shared with manual-request: the same outbox publishes it for whichever request waits. */
  public static final String CUSTOMER_ANSWERED_MESSAGE = ManualRequestProcess.CUSTOMER_ANSWERED_MESSAGE;

  public static final String FORM_KEY_REPLY = "customer-request-reply";

  public static final String TYPE_GENERAL_QUESTION = "GENERAL_QUESTION";
  public static final String TYPE_COMPLAINT = "COMPLAINT";
  public static final String TYPE_CALLBACK = "CALLBACK";

  public static final String SERVICE_TEAM = ManualRequestProcess.SERVICE_TEAM;
  public static final String COMPLAINTS_TEAM = "complaints";

  public static final class Elements {
    public static final String START = "StartEvent_CustomerRequestReceived";
    public static final String ACKNOWLEDGE = "ServiceTask_AcknowledgeRequest";
    public static final String JOIN_HANDLE = "Gateway_JoinHandle";
    public static final String PLAN_SLA = "ServiceTask_PlanSla";
    public static final String HANDLE = "UserTask_HandleCustomerRequest";
    public static final String SLA_REMINDER = "BoundaryEvent_SlaReminder";
    public static final String REMIND_TEAM = "ServiceTask_RemindTeam";
    public static final String TEAM_REMINDED = "EndEvent_TeamReminded";
    public static final String SLA_BREACHED = "BoundaryEvent_SlaBreached";
    public static final String ESCALATE = "ServiceTask_EscalateToTeamLead";
    public static final String ESCALATED = "EndEvent_Escalated";
    public static final String SLA_SECOND_ESCALATION = "BoundaryEvent_SlaSecondEscalation";
    public static final String GATEWAY_COMPLAINT = "Gateway_IsComplaint";
    public static final String NOTIFY_PROCESS_OWNERS = "ServiceTask_NotifyProcessOwners";
    public static final String PROCESS_OWNERS_NOTIFIED = "EndEvent_ProcessOwnersNotified";
    public static final String NO_SECOND_ESCALATION = "EndEvent_NoSecondEscalation";
    public static final String GATEWAY_DECISION = "Gateway_StaffDecision";
    public static final String SEND_ANSWER = "ServiceTask_SendAnswer";
    public static final String ASK_CUSTOMER = "ServiceTask_AskCustomer";
    public static final String AWAIT_CUSTOMER = "Gateway_AwaitCustomer";
    public static final String CUSTOMER_ANSWERED = "CatchEvent_CustomerAnswered";
    public static final String CUSTOMER_ANSWER_OVERDUE = "TimerEvent_CustomerAnswerOverdue";
    public static final String REMIND_CUSTOMER = "ServiceTask_RemindCustomer";
    public static final String AWAIT_CUSTOMER_AFTER_REMINDER = "Gateway_AwaitCustomerAfterReminder";
    public static final String CUSTOMER_ANSWERED_AFTER_REMINDER = "CatchEvent_CustomerAnsweredAfterReminder";
    public static final String NO_ANSWER = "TimerEvent_NoAnswer";
    public static final String JOIN_BACK_TO_HANDLE = "Gateway_JoinBackToHandle";
    public static final String CLOSE_REQUEST = "ServiceTask_CloseRequest";
    public static final String END = "EndEvent_RequestClosed";

    private Elements() {}
  }

  /** Process variables; everything else the workers read from the request ledger by {@link #REQUEST_ID}. */
  public static final class Variables {
    public static final String REQUEST_ID = ManualRequestProcess.Variables.REQUEST_ID;
    public static final String REFERENCE = ManualRequestProcess.Variables.REFERENCE;
    /** {@link #TYPE_GENERAL_QUESTION}, {@link #TYPE_COMPLAINT} or {@link #TYPE_CALLBACK}; plan-sla picks the policy by it. */
    public static final String REQUEST_TYPE = "requestType";
    /** The team whose queue gets the task (candidate group). */
    public static final String TEAM = "team";
    public static final String SLA_DUE_AT = ManualRequestProcess.Variables.SLA_DUE_AT;
    public static final String SLA_REMINDER_AT = ManualRequestProcess.Variables.SLA_REMINDER_AT;
    /** Twice the SLA's business time from the start of the step: complaints go to the process owners then. */
    public static final String SLA_SECOND_ESCALATION_AT = "slaSecondEscalationAt";
    /** {@link #DECISION_ANSWER} or {@link #DECISION_ASK_CUSTOMER}. */
    public static final String DECISION = ManualRequestProcess.Variables.DECISION;
    public static final String DECISION_ANSWER = ManualRequestProcess.Variables.DECISION_ANSWER;
    public static final String DECISION_ASK_CUSTOMER = ManualRequestProcess.Variables.DECISION_ASK_CUSTOMER;
    public static final String ANSWER_TEXT = ManualRequestProcess.Variables.ANSWER_TEXT;
    public static final String QUESTION_TEXT = ManualRequestProcess.Variables.QUESTION_TEXT;

    private Variables() {}
  }

  private CustomerRequestProcess() {}
}
