package io.omnichannel.processes;

/**
 * Journey 4, the watch and the partner store: ordered for pickup at a store, confirmed with the
 * promised pickup date, got ready by the store's team; when it is ready on another day than
 * promised the customer hears it at once; then the reservation's pickup steps (code, reminder,
 * hand-over at the counter, or release when the hold ends) and, {@link Variables#REVIEW_INVITATION_DELAY}
 * after the pickup, the review invitation.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key. The start carries the pickup store ({@link Variables#STORE_ID}) and its team
 * ({@link Variables#STORE_TEAM}).
 *
 * <p>The pickup steps use the reservation's job types ({@code send-pickup-code}, {@code remind-pickup},
 * {@code hand-over-reservation}, {@code release-hold}, {@code tell-reservation-ended}) with the same
 * headers and variables: a worker tells the journeys apart by the job's process id.
 */
public final class ClickAndCollectProcess extends SharedModel {

  public static final String PROCESS_ID = "click-and-collect";
  public static final String RESOURCE = "bpmn/click-and-collect.bpmn";
  public static final String START_MESSAGE = "ClickAndCollectOrderReceived";

  /**
   * Staff at the counter entered the pickup code and handed the order over. Correlation key: the
   * reference; message id: {@code pickup:<requestId>}; variable {@link Variables#HANDED_OVER_BY}.
   */
  public static final String HANDED_OVER_MESSAGE = "OrderHandedOver";

  public static final String REQUEST_TYPE = "CLICK_AND_COLLECT";
  public static final String FORM_KEY_GET_READY = "collect-order-ready";

  /** Header values of release-hold and tell-reservation-ended, as in the reservation. */
  public static final String HEADER_RELEASE_REASON = ReservationProcess.HEADER_RELEASE_REASON;
  public static final String HEADER_ENDED_REASON = ReservationProcess.HEADER_ENDED_REASON;
  public static final String REASON_EXPIRED = ReservationProcess.REASON_EXPIRED;

  public static final class Elements extends SharedModel.Elements {
    public static final String START = "StartEvent_ClickAndCollectOrderReceived";
    public static final String CONFIRM_ORDER = "ServiceTask_ConfirmCollectOrder";
    public static final String GET_READY = "UserTask_GetOrderReadyForPickup";
    public static final String COMPARE_PICKUP_DATE = "ServiceTask_ComparePickupDate";
    public static final String GATEWAY_PICKUP_DATE_CHANGED = "Gateway_PickupDateChanged";
    public static final String TELL_NEW_PICKUP_DATE = "ServiceTask_TellNewPickupDate";
    public static final String JOIN_SEND_PICKUP_CODE = "Gateway_JoinSendPickupCode";
    public static final String SEND_PICKUP_CODE = "ServiceTask_SendPickupCode";
    public static final String AWAIT_PICKUP = "ReceiveTask_AwaitPickup";
    public static final String PICKUP_REMINDER = "BoundaryEvent_PickupReminder";
    public static final String REMIND_PICKUP = "ServiceTask_RemindPickup";
    public static final String PICKUP_REMINDED = "EndEvent_PickupReminded";
    public static final String HOLD_EXPIRED = "BoundaryEvent_HoldExpired";
    public static final String RELEASE_EXPIRED = "ServiceTask_ReleaseHoldExpired";
    public static final String TELL_EXPIRED = "ServiceTask_TellHoldExpired";
    public static final String HAND_OVER = "ServiceTask_HandOver";
    public static final String JOIN_CLOSING = "Gateway_JoinClosing";
    public static final String GATEWAY_PICKED_UP = "Gateway_PickedUp";

    private Elements() {}
  }

  /** Process variables beyond the shared ones; the workers read the rest from the ledger by {@code requestId}. */
  public static final class Variables extends SharedModel.Variables {
    /** The pickup store's stock location; the task list's store filter reads it. */
    public static final String STORE_ID = "storeId";
    /** The pickup store's team: the candidate group of the get-ready task. */
    public static final String STORE_TEAM = "storeTeam";
    /** confirm-collect-order: ISO-8601 date-time from which the customer was promised she can collect. */
    public static final String PROMISED_PICKUP_DATE = "promisedPickupDate";
    /** The get-ready task's outcome: ISO-8601 date-time the order was ready (set by the task list on completion). */
    public static final String READY_AT = "readyAt";
    /** The get-ready task's outcome: the staff member who got it ready; recorded on the hold as who confirmed it. */
    public static final String READY_BY = "readyBy";
    /** compare-pickup-date: true when the customer can collect on another day than promised. */
    public static final String PICKUP_DATE_CHANGED = "pickupDateChanged";
    /** compare-pickup-date: ISO-8601 date-time from which she can actually collect. */
    public static final String PICKUP_DATE = "pickupDate";
    /** send-pickup-code's input, as in the reservation; this model maps {@link #READY_BY} to it. */
    public static final String CONFIRMED_BY = ReservationProcess.Variables.CONFIRMED_BY;
    public static final String HOLD_UNTIL = ReservationProcess.Variables.HOLD_UNTIL;
    public static final String PICKUP_REMINDER_AT = ReservationProcess.Variables.PICKUP_REMINDER_AT;
    /** A variable of {@link ClickAndCollectProcess#HANDED_OVER_MESSAGE}. */
    public static final String HANDED_OVER_BY = ReservationProcess.Variables.HANDED_OVER_BY;
    /** Set by the pickup wait when the order was handed over; only then is she invited to review. */
    public static final String PICKED_UP = "pickedUp";

    private Variables() {}
  }

  private ClickAndCollectProcess() {}
}
