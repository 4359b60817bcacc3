package io.omnichannel.processes;

/** The job types of our service tasks, shared by the models, their tests, the workers and the element templates. */
public final class JobTypes {

  public static final String ACKNOWLEDGE_REQUEST = "acknowledge-request";
  public static final String VERIFY_PURCHASE = "verify-purchase";
  public static final String FIND_MANUAL = "find-manual";
  public static final String SEND_MANUAL = "send-manual";
  public static final String SEND_ANSWER = "send-answer";
  public static final String CLOSE_REQUEST = "close-request";
  public static final String PLAN_SLA = "plan-sla";
  public static final String REMIND_TEAM = "remind-team";
  public static final String ESCALATE_TO_TEAM_LEAD = "escalate-to-team-lead";
  public static final String ASK_CUSTOMER = "ask-customer";
  public static final String REMIND_CUSTOMER = "remind-customer";
  /** Complaints only: the second rung of the SLA ladder, after the team lead. */
  public static final String NOTIFY_PROCESS_OWNERS = "notify-process-owners";
  /** Complaints: a complaint from a public channel tells the team lead and the process owners at once. */
  public static final String ALERT_PUBLIC_COMPLAINT = "alert-public-complaint";
  /** Complaints: the customer got in touch again; raises the task's priority and tells the team lead at once. */
  public static final String ESCALATE_REPEATED_COMPLAINT = "escalate-repeated-complaint";
  /** Complaints: after closing, mails the customer the rating link ({@code /rate/{token}}, valid 14 days); once per case. */
  public static final String INVITE_COMPLAINT_RATING = "invite-complaint-rating";
  /** Complaints: a rating of 1 or 2 reopens the case; returns {@code teamLead}, who gets the task. */
  public static final String REOPEN_COMPLAINT = "reopen-complaint";
  /** Complaints: the daily digest of complaints open past their promised time, to the process owners; once per day. */
  public static final String SEND_COMPLAINT_DIGEST = "send-complaint-digest";

  /** Reservations (journey 3): hold one piece at the chosen store; the outcome {@code stockHeld} is a variable. */
  public static final String HOLD_STOCK = "hold-stock";
  /** Ends the hold without a pickup; the header {@code releaseReason} says why. */
  public static final String RELEASE_HOLD = "release-hold";
  /** Gives the confirmed hold its pickup code and time, mails the code once. */
  public static final String SEND_PICKUP_CODE = "send-pickup-code";
  public static final String REMIND_PICKUP = "remind-pickup";
  /** Marks the hold as picked up and takes the piece off the stock. */
  public static final String HAND_OVER_RESERVATION = "hand-over-reservation";
  /** Tells the customer her reservation cannot be (or no longer is) held; the header {@code reason} says why. */
  public static final String TELL_RESERVATION_ENDED = "tell-reservation-ended";

  /**
   * Orders (journey 2): splits the order's lines by source location into shipments, names the lines
   * nobody can deliver, and says whether the order is split and which store's team calls about it.
   */
  public static final String ALLOCATE_ORDER = "allocate-order";
  /** Tells the customer at once which lines are not available, with the choice of waiting or cancelling them. */
  public static final String OFFER_BACKORDER = "offer-backorder";
  /** The customer waits (or did not answer): the unavailable lines go on backorder. */
  public static final String BACKORDER_ORDER_LINES = "backorder-order-lines";
  /** The customer cancelled the unavailable lines: they are cancelled and refunded. */
  public static final String CANCEL_ORDER_LINES = "cancel-order-lines";
  /** The store could not reach the customer about the split: she gets the split notice by mail. */
  public static final String SEND_SPLIT_NOTICE = "send-split-notice";
  /** Hands one shipment from the web warehouse to the warehouse system to pick and pack. */
  public static final String PACK_WAREHOUSE_SHIPMENT = "pack-warehouse-shipment";
  /** Records one shipment's state for the Java side (header {@code shipmentState}); no flow decision. */
  public static final String RECORD_SHIPMENT_STATE = "record-shipment-state";
  /** Tells the customer one parcel is delayed or lost (header {@code problem}). */
  public static final String TELL_SHIPMENT_PROBLEM = "tell-shipment-problem";
  /** Orders and click and collect: asks for a review; the worker checks the customer's consent. */
  public static final String INVITE_REVIEW = "invite-review";

  /** Click and collect (journey 4): confirms the order with the promised pickup date (and matching items). */
  public static final String CONFIRM_COLLECT_ORDER = "confirm-collect-order";
  /** Compares the day the store had the order ready with the promised one. */
  public static final String COMPARE_PICKUP_DATE = "compare-pickup-date";
  /** Tells the customer at once that she can pick the order up on another day than promised. */
  public static final String TELL_NEW_PICKUP_DATE = "tell-new-pickup-date";

  /** The job type Zeebe gives job-worker based user tasks. */
  public static final String USER_TASK = "io.camunda.zeebe:userTask";

  private JobTypes() {}
}
