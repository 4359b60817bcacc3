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

  /** The job type Zeebe gives job-worker based user tasks. */
  public static final String USER_TASK = "io.camunda.zeebe:userTask";

  private JobTypes() {}
}
