package io.omnichannel.processes;

/**
 * Journey 1: a customer asks for the manual of a product she bought.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key, so one request never runs twice at the same time.
 */
public final class ManualRequestProcess extends SharedModel {

  public static final String PROCESS_ID = "manual-request";
  public static final String RESOURCE = "bpmn/manual-request.bpmn";
  public static final String START_MESSAGE = "ManualRequestReceived";

  /** The request type in the ledger; plan-sla picks the policy by it. */
  public static final String REQUEST_TYPE = "MANUAL_REQUEST";

  public static final String FORM_KEY_REVIEW = "manual-request-review";

  public static final class Elements extends SharedModel.Elements {
    public static final String START = "StartEvent_ManualRequestReceived";
    public static final String VERIFY_PURCHASE = "ServiceTask_VerifyPurchase";
    public static final String GATEWAY_VERIFIED = "Gateway_PurchaseVerified";
    public static final String FIND_MANUAL = "ServiceTask_FindManual";
    public static final String GATEWAY_MANUAL_FOUND = "Gateway_ManualFound";
    public static final String JOIN_STAFF_REVIEW = "Gateway_JoinStaffReview";
    public static final String REVIEW = "UserTask_ReviewManualRequest";
    public static final String JOIN_SEND_MANUAL = "Gateway_JoinSendManual";
    public static final String SEND_MANUAL = "ServiceTask_SendManual";
    public static final String JOIN_CLOSE = "Gateway_JoinClose";
    public static final String JOIN_BACK_TO_REVIEW = "Gateway_JoinBackToReview";

    private Elements() {}
  }

  public static final class Variables extends SharedModel.Variables {
    public static final String PURCHASE_VERIFIED = "purchaseVerified";
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String MANUAL_FOUND = "manualFound";
    public static final String MANUAL_DOCUMENT_ID = "manualDocumentId";
    /** The review decision adds {@link #DECISION_SEND_MANUAL} to the shared answer / ask-customer. */
    public static final String DECISION_SEND_MANUAL = "SEND_MANUAL";

    private Variables() {}
  }

  private ManualRequestProcess() {}
}
