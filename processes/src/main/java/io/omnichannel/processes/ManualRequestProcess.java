package io.omnichannel.processes;

/**
 * Journey 1: a customer asks for the manual of a product she bought.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key, so one request never runs twice at the same time.
 */
public final class ManualRequestProcess {

  public static final String PROCESS_ID = "manual-request";
  public static final String RESOURCE = "bpmn/manual-request.bpmn";
  public static final String START_MESSAGE = "ManualRequestReceived";

  /**
   * The customer answered staff's question (by e-mail or on the tracking page). Correlation key:
   * the reference; message id: the id of the inbound message, so a re-read mail moves nothing twice.
   */
  public static final String CUSTOMER_ANSWERED_MESSAGE = "CustomerAnswered";

  /** How long the customer has to answer before the one reminder, and again before the team decides without her. */
  public static final String CUSTOMER_ANSWER_PERIOD = "P5D";

  /** The team whose queue receives requests the automation cannot finish. */
  public static final String SERVICE_TEAM = "service-centre";

  public static final String FORM_KEY_REVIEW = "manual-request-review";

  public static final class Elements {
    public static final String START = "StartEvent_ManualRequestReceived";
    public static final String ACKNOWLEDGE = "ServiceTask_AcknowledgeRequest";
    public static final String VERIFY_PURCHASE = "ServiceTask_VerifyPurchase";
    public static final String GATEWAY_VERIFIED = "Gateway_PurchaseVerified";
    public static final String FIND_MANUAL = "ServiceTask_FindManual";
    public static final String GATEWAY_MANUAL_FOUND = "Gateway_ManualFound";
    public static final String JOIN_STAFF_REVIEW = "Gateway_JoinStaffReview";
    public static final String PLAN_SLA = "ServiceTask_PlanSla";
    public static final String REVIEW = "UserTask_ReviewManualRequest";
    public static final String SLA_REMINDER = "BoundaryEvent_SlaReminder";
    public static final String REMIND_TEAM = "ServiceTask_RemindTeam";
    public static final String TEAM_REMINDED = "EndEvent_TeamReminded";
    public static final String SLA_BREACHED = "BoundaryEvent_SlaBreached";
    public static final String ESCALATE = "ServiceTask_EscalateToTeamLead";
    public static final String ESCALATED = "EndEvent_Escalated";
    public static final String GATEWAY_DECISION = "Gateway_StaffDecision";
    public static final String JOIN_SEND_MANUAL = "Gateway_JoinSendManual";
    public static final String SEND_MANUAL = "ServiceTask_SendManual";
    public static final String SEND_ANSWER = "ServiceTask_SendAnswer";
    public static final String JOIN_CLOSE = "Gateway_JoinClose";
    public static final String CLOSE_REQUEST = "ServiceTask_CloseRequest";
    public static final String END = "EndEvent_RequestClosed";
    public static final String ASK_CUSTOMER = "ServiceTask_AskCustomer";
    public static final String AWAIT_CUSTOMER = "Gateway_AwaitCustomer";
    public static final String CUSTOMER_ANSWERED = "CatchEvent_CustomerAnswered";
    public static final String CUSTOMER_ANSWER_OVERDUE = "TimerEvent_CustomerAnswerOverdue";
    public static final String REMIND_CUSTOMER = "ServiceTask_RemindCustomer";
    public static final String AWAIT_CUSTOMER_AFTER_REMINDER = "Gateway_AwaitCustomerAfterReminder";
    public static final String CUSTOMER_ANSWERED_AFTER_REMINDER = "CatchEvent_CustomerAnsweredAfterReminder";
    public static final String NO_ANSWER = "TimerEvent_NoAnswer";
    public static final String JOIN_BACK_TO_REVIEW = "Gateway_JoinBackToReview";

    private Elements() {}
  }

  /** Process variables; everything else the workers read from the request ledger by {@link #REQUEST_ID}. */
  public static final class Variables {
    public static final String REQUEST_ID = "requestId";
    public static final String REFERENCE = "reference";
    public static final String PURCHASE_VERIFIED = "purchaseVerified";
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String MANUAL_FOUND = "manualFound";
    public static final String MANUAL_DOCUMENT_ID = "manualDocumentId";
    public static final String SLA_DUE_AT = "slaDueAt";
    public static final String SLA_REMINDER_AT = "slaReminderAt";
    /** The staff decision: {@link #DECISION_SEND_MANUAL}, {@link #DECISION_ANSWER} or {@link #DECISION_ASK_CUSTOMER}. */
    public static final String DECISION = "decision";
    public static final String DECISION_SEND_MANUAL = "SEND_MANUAL";
    public static final String DECISION_ANSWER = "ANSWER";
    public static final String ANSWER_TEXT = "answerText";
    public static final String DECISION_ASK_CUSTOMER = "ASK_CUSTOMER";
    /** Staff's question to the customer, with decision {@link #DECISION_ASK_CUSTOMER}. */
    public static final String QUESTION_TEXT = "questionText";

    private Variables() {}
  }

  private ManualRequestProcess() {}
}
