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
    /** The staff decision: {@link #DECISION_SEND_MANUAL} or {@link #DECISION_ANSWER}. */
    public static final String DECISION = "decision";
    public static final String DECISION_SEND_MANUAL = "SEND_MANUAL";
    public static final String DECISION_ANSWER = "ANSWER";
    public static final String ANSWER_TEXT = "answerText";

    private Variables() {}
  }

  private ManualRequestProcess() {}
}
