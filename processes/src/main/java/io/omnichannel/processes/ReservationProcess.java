package io.omnichannel.processes;

/**
 * Journey 3, the green velvet sofa: a customer reserves a piece at a store and picks it up days
 * later. The piece is held at once, the store's team confirms the set-aside within its SLA, the
 * customer gets a pickup code and a reminder, and the hold ends by pickup, cancellation or expiry.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key. The start carries the store ({@link Variables#STORE_ID}) and the team that
 * confirms the set-aside there ({@link Variables#STORE_TEAM}).
 */
public final class ReservationProcess extends SharedModel {

  public static final String PROCESS_ID = "reservation";
  public static final String RESOURCE = "bpmn/reservation.bpmn";
  public static final String START_MESSAGE = "ReservationRequested";

  /** Staff at the counter entered the pickup code and handed the piece over. Message id: {@code pickup:<requestId>}. */
  public static final String PICKED_UP_MESSAGE = "ReservationPickedUp";

  /** The customer cancelled on her tracking page. Message id: {@code cancel:<requestId>}. */
  public static final String CANCELLED_MESSAGE = "ReservationCancelled";

  public static final String REQUEST_TYPE = "RESERVATION";
  public static final String FORM_KEY_SET_ASIDE = "reservation-set-aside";
  /** The store's team prepares the advice the customer asked for at pickup. */
  public static final String FORM_KEY_PREPARE_ADVICE = "reservation-prepare-advice";

  /** The SLA step of the set-aside task (header {@code slaStep} of plan-sla). */
  public static final String SLA_STEP_SET_ASIDE = "SET_ASIDE";

  /** Values of the task header {@code releaseReason} of release-hold. */
  public static final String HEADER_RELEASE_REASON = "releaseReason";

  /** Values of the task header {@code reason} of tell-reservation-ended. */
  public static final String HEADER_ENDED_REASON = "reason";

  public static final String REASON_NOTHING_IN_STOCK = "NOTHING_IN_STOCK";
  public static final String REASON_STORE_DECLINED = "STORE_DECLINED";
  public static final String REASON_EXPIRED = "EXPIRED";
  public static final String REASON_CANCELLED = "CANCELLED";

  public static final class Elements extends SharedModel.Elements {
    public static final String START = "StartEvent_ReservationRequested";
    public static final String HOLD_STOCK = "ServiceTask_HoldStock";
    public static final String GATEWAY_STOCK_HELD = "Gateway_StockHeld";
    public static final String TELL_NOTHING_IN_STOCK = "ServiceTask_TellNothingInStock";
    public static final String CONFIRM_SET_ASIDE = "UserTask_ConfirmSetAside";
    public static final String CANCELLED_BEFORE_SET_ASIDE = "BoundaryEvent_CancelledBeforeSetAside";
    public static final String GATEWAY_SET_ASIDE = "Gateway_SetAside";
    public static final String RELEASE_DECLINED = "ServiceTask_ReleaseHoldStoreDeclined";
    public static final String TELL_STORE_DECLINED = "ServiceTask_TellStoreDeclined";
    public static final String SEND_PICKUP_CODE = "ServiceTask_SendPickupCode";
    /** Waiting for the customer: the pickup and, beside it, the advice to prepare; its boundary events end both. */
    public static final String WAITING_FOR_PICKUP = "SubProcess_WaitingForPickup";
    public static final String WAITING_STARTED = "StartEvent_WaitingForPickup";
    public static final String FORK_PICKUP_AND_ADVICE = "Gateway_PickupAndAdvice";
    public static final String AWAIT_PICKUP = "ReceiveTask_AwaitPickup";
    /** Terminates the waiting scope: an advice task still open goes away. */
    public static final String PICKED_UP = "EndEvent_PickedUp";
    public static final String GATEWAY_ADVICE_WANTED = "Gateway_AdviceWanted";
    public static final String NO_ADVICE = "EndEvent_NoAdviceWanted";
    public static final String PREPARE_ADVICE = "UserTask_PrepareAdvice";
    public static final String ADVICE_PREPARED = "EndEvent_AdvicePrepared";
    public static final String PICKUP_REMINDER = "BoundaryEvent_PickupReminder";
    public static final String REMIND_PICKUP = "ServiceTask_RemindPickup";
    public static final String PICKUP_REMINDED = "EndEvent_PickupReminded";
    public static final String HOLD_EXPIRED = "BoundaryEvent_HoldExpired";
    public static final String RELEASE_EXPIRED = "ServiceTask_ReleaseHoldExpired";
    public static final String TELL_EXPIRED = "ServiceTask_TellHoldExpired";
    public static final String CANCELLED_WHILE_WAITING = "BoundaryEvent_CancelledWhileWaiting";
    public static final String JOIN_CANCELLED = "Gateway_JoinCancelled";
    public static final String RELEASE_CANCELLED = "ServiceTask_ReleaseHoldCancelled";
    public static final String TELL_CANCELLED = "ServiceTask_TellCancelled";
    public static final String HAND_OVER = "ServiceTask_HandOver";
    public static final String JOIN_CLOSE = "Gateway_JoinClose";

    private Elements() {}
  }

  /** Process variables beyond the shared ones; the workers read the rest from the ledger and the stock by {@code requestId}. */
  public static final class Variables extends SharedModel.Variables {
    /** The stock location to pick up at; the task list's store filter reads it from the task. */
    public static final String STORE_ID = "storeId";
    /** The store's team: the candidate group of the set-aside task. */
    public static final String STORE_TEAM = "storeTeam";
    /** hold-stock's business outcome: true when a piece is held for the reservation. */
    public static final String STOCK_HELD = "stockHeld";
    /** The store's answer: {@link #SET_ASIDE_CONFIRMED} or {@link #SET_ASIDE_NOT_AVAILABLE}. */
    public static final String SET_ASIDE = "setAside";
    public static final String SET_ASIDE_CONFIRMED = "CONFIRMED";
    public static final String SET_ASIDE_NOT_AVAILABLE = "NOT_AVAILABLE";
    /** Why the store cannot set it aside, in the store's words; goes into the customer's mail. */
    public static final String SET_ASIDE_NOTE = "setAsideNote";
    /** Who confirmed the set-aside (the task's completer), on the hold. */
    public static final String CONFIRMED_BY = "confirmedBy";
    /** The staff member who handed the piece over at the counter (a variable of {@link ReservationProcess#PICKED_UP_MESSAGE}). */
    public static final String HANDED_OVER_BY = "handedOverBy";
    /** ISO-8601: the hold expires then (send-pickup-code). */
    public static final String HOLD_UNTIL = "holdUntil";
    /** ISO-8601: the customer is reminded then, a day before {@link #HOLD_UNTIL}. */
    public static final String PICKUP_REMINDER_AT = "pickupReminderAt";
    /** Start variable: true when the customer wants advice at pickup (absent on older starts: no advice). */
    public static final String ADVICE_WANTED = "adviceWanted";
    /** Start variable, ISO-8601: when she plans to come (within the hold). */
    public static final String ADVICE_VISIT_AT = "adviceVisitAt";
    /** Start variable, ISO-8601: the due date of "Prepare advice", an hour before the visit. */
    public static final String ADVICE_DUE_AT = "adviceDueAt";

    private Variables() {}
  }

  private ReservationProcess() {}
}
