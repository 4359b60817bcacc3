package io.omnichannel.processes;

/**
 * Journey 2, the hooks that came from the store: an order taken in is allocated to its source
 * locations (the web warehouse, stores). Lines nobody can deliver are offered to the customer at
 * once (wait or cancel); a split order is called about by the team of the store that ships the
 * extra parcel within its SLA, before any parcel leaves; the shipments then run in parallel, each
 * tracked by the carrier's messages; the order closes when every shipment is delivered or
 * cancelled, and {@link Variables#REVIEW_INVITATION_DELAY} later the customer is asked for a review.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key. The carrier's messages correlate by the shipment's id ({@link Variables#SHIPMENT_ID}).
 */
public final class OrderFulfilmentProcess extends SharedModel {

  public static final String PROCESS_ID = "order-fulfilment";
  public static final String RESOURCE = "bpmn/order-fulfilment.bpmn";
  public static final String START_MESSAGE = "OrderReceived";

  /**
   * The customer chose on her tracking page (or by mail) what happens to the unavailable lines:
   * variable {@link Variables#BACKORDER_DECISION}. Correlation key: the reference; message id:
   * {@code backorder:<requestId>}.
   */
  public static final String BACKORDER_DECIDED_MESSAGE = "BackorderDecided";

  /** The carrier took the parcel (scan at pickup). Correlation key: the shipment id. */
  public static final String SHIPMENT_HANDED_OVER_MESSAGE = "ShipmentHandedOver";
  /** The carrier delivered the parcel. Correlation key: the shipment id. */
  public static final String SHIPMENT_DELIVERED_MESSAGE = "ShipmentDelivered";
  /** The carrier reports a delay; may come more than once (message id: the carrier's event id). Correlation key: the shipment id. */
  public static final String SHIPMENT_DELAYED_MESSAGE = "ShipmentDelayed";
  /** The carrier reports the parcel lost. Correlation key: the shipment id. */
  public static final String SHIPMENT_LOST_MESSAGE = "ShipmentLost";

  /** The ledger's request type; plan-sla picks the policy of the split call by it. */
  public static final String REQUEST_TYPE = "ORDER";

  public static final String FORM_KEY_SPLIT_CALL = "order-split-call";
  /** The store's pick-and-pack form; it prints the community card (PDF with the store's QR code) for the parcel. */
  public static final String FORM_KEY_STORE_PACK = "order-store-pack";
  public static final String FORM_KEY_PARCEL_DELAYED = "order-parcel-delayed";
  public static final String FORM_KEY_PARCEL_LOST = "order-parcel-lost";

  /** The SLA step of the split call (header {@code slaStep} of plan-sla): 90 business minutes on the store's calendar. */
  public static final String SLA_STEP_SPLIT_CALL = "SPLIT_CALL";

  /** How long the customer has to choose between waiting and cancelling; silence means waiting (backorder). */
  public static final String BACKORDER_DECISION_PERIOD = "P3D";
  /** A packed parcel the carrier has not taken after this long is handled like a reported delay. */
  public static final String HAND_OVER_PERIOD = "P2D";
  /** A parcel not delivered this long after the hand-over is handled like a reported delay. */
  public static final String DELIVERY_PERIOD = "P5D";

  /** Task header of record-shipment-state: the state to record, one of the {@code STATE_*} values below. */
  public static final String HEADER_SHIPMENT_STATE = "shipmentState";
  public static final String STATE_PACKED = "PACKED";
  public static final String STATE_HANDED_OVER = "HANDED_OVER";
  public static final String STATE_DELAYED = "DELAYED";
  public static final String STATE_DELIVERED = "DELIVERED";
  public static final String STATE_CANCELLED = "CANCELLED";

  /** Task header of tell-shipment-problem: {@link #PROBLEM_DELAYED} or {@link #PROBLEM_LOST}. */
  public static final String HEADER_PROBLEM = "problem";
  public static final String PROBLEM_DELAYED = "DELAYED";
  public static final String PROBLEM_LOST = "LOST";

  public static final class Elements extends SharedModel.Elements {
    public static final String START = "StartEvent_OrderReceived";
    public static final String ALLOCATE = "ServiceTask_AllocateOrder";
    public static final String FORK = "Gateway_ForkAfterAllocation";

    public static final String GATEWAY_LINES_UNAVAILABLE = "Gateway_LinesUnavailable";
    public static final String OFFER_BACKORDER = "ServiceTask_OfferBackorder";
    public static final String AWAIT_BACKORDER_DECISION = "Gateway_AwaitBackorderDecision";
    public static final String BACKORDER_DECIDED = "CatchEvent_BackorderDecided";
    public static final String NO_BACKORDER_DECISION = "TimerEvent_NoBackorderDecision";
    public static final String GATEWAY_BACKORDER_DECISION = "Gateway_BackorderDecision";
    public static final String JOIN_BACKORDER = "Gateway_JoinBackorder";
    public static final String BACKORDER_LINES = "ServiceTask_BackorderLines";
    public static final String CANCEL_LINES = "ServiceTask_CancelLines";
    public static final String JOIN_LINES_SETTLED = "Gateway_JoinLinesSettled";

    public static final String GATEWAY_SPLIT = "Gateway_Split";
    public static final String CALL_ABOUT_SPLIT = "UserTask_CallCustomerAboutSplitOrder";
    public static final String GATEWAY_CALL_OUTCOME = "Gateway_CallOutcome";
    public static final String SEND_SPLIT_NOTICE = "ServiceTask_SendSplitNotice";
    public static final String JOIN_READY_TO_SHIP = "Gateway_JoinReadyToShip";

    /** The parallel multi-instance sub-process, one instance per element of {@link Variables#SHIPMENTS}. */
    public static final String SHIPMENT = "SubProcess_Shipment";
    public static final String GATEWAY_SOURCE = "Gateway_ShipmentSource";
    public static final String PACK_IN_STORE = "UserTask_PackShipmentInStore";
    public static final String PACK_IN_WAREHOUSE = "ServiceTask_PackWarehouseShipment";
    public static final String RECORD_PACKED = "ServiceTask_RecordShipmentPacked";
    public static final String AWAIT_HAND_OVER = "ReceiveTask_AwaitHandOver";
    public static final String HAND_OVER_OVERDUE = "BoundaryEvent_HandOverOverdue";
    public static final String RECORD_HANDED_OVER = "ServiceTask_RecordShipmentHandedOver";
    public static final String AWAIT_DELIVERY = "ReceiveTask_AwaitDelivery";
    public static final String SHIPMENT_DELAYED = "BoundaryEvent_ShipmentDelayed";
    public static final String DELIVERY_OVERDUE = "BoundaryEvent_DeliveryOverdue";
    public static final String SHIPMENT_LOST = "BoundaryEvent_ShipmentLost";
    public static final String RECORD_DELIVERED = "ServiceTask_RecordShipmentDelivered";
    public static final String SHIPMENT_DELIVERED = "EndEvent_ShipmentDelivered";
    public static final String JOIN_DELAYED = "Gateway_JoinDelayed";
    public static final String RECORD_DELAYED = "ServiceTask_RecordShipmentDelayed";
    public static final String TELL_DELAYED = "ServiceTask_TellShipmentDelayed";
    public static final String FOLLOW_UP_DELAYED = "UserTask_FollowUpDelayedParcel";
    public static final String DELAY_FOLLOWED_UP = "EndEvent_DelayFollowedUp";
    public static final String RECORD_CANCELLED = "ServiceTask_RecordShipmentCancelled";
    public static final String TELL_LOST = "ServiceTask_TellShipmentLost";
    public static final String RESOLVE_LOST = "UserTask_ResolveLostParcel";
    public static final String SHIPMENT_CANCELLED = "EndEvent_ShipmentCancelled";

    public static final String JOIN_ORDER_DONE = "Gateway_JoinOrderDone";

    private Elements() {}
  }

  /** Process variables beyond the shared ones; the workers read the rest from the ledger by {@code requestId}. */
  public static final class Variables extends SharedModel.Variables {
    /**
     * allocate-order: a list with one object per source location, each with {@link #SHIPMENT_ID},
     * {@link #LOCATION_ID}, {@link #LOCATION_KIND} and {@link #TEAM_ID}.
     */
    public static final String SHIPMENTS = "shipments";
    /** The element of {@link #SHIPMENTS} an instance of the shipment sub-process works on (local to it). */
    public static final String SHIPMENT = "shipment";
    /** A shipment's id: unique across all orders, because the carrier's messages correlate by it alone. */
    public static final String SHIPMENT_ID = "shipmentId";
    /** A shipment's source: the stock location's id ({@code stock_locations.id}). */
    public static final String LOCATION_ID = "locationId";
    /** A shipment's source kind: {@link #LOCATION_WAREHOUSE} or {@link #LOCATION_STORE}. */
    public static final String LOCATION_KIND = "locationKind";
    public static final String LOCATION_WAREHOUSE = "WAREHOUSE";
    public static final String LOCATION_STORE = "STORE";
    /** A shipment's packing team (a store's team; the warehouse's for a warehouse shipment). */
    public static final String TEAM_ID = "teamId";
    /** allocate-order: true when the order leaves in more than one shipment. */
    public static final String SPLIT = "split";
    /** allocate-order: the lines no location can deliver (a list, empty when every line is allocated). */
    public static final String UNAVAILABLE_LINES = "unavailableLines";
    /** allocate-order: the team of the store that ships the extra parcel (candidate group of the split call); null when not split. */
    public static final String SPLIT_CALL_TEAM = "splitCallTeam";
    /** allocate-order: that store's location id (the task list's store filter); null when not split. */
    public static final String SPLIT_CALL_STORE_ID = "splitCallStoreId";
    /** A user task's store, for the task list's store filter (an input of the task, from the variables above). */
    public static final String STORE_ID = "storeId";
    /** plan-sla's input in this model: the team on whose business calendar the split call's SLA is planned. */
    public static final String SLA_TEAM = "slaTeam";
    /** The split call's outcome: {@link #CALL_REACHED} or {@link #CALL_NOT_REACHED}. */
    public static final String CALL_OUTCOME = "callOutcome";
    public static final String CALL_REACHED = "REACHED";
    public static final String CALL_NOT_REACHED = "NOT_REACHED";
    /** Staff's note of the call, shown in the request's history. */
    public static final String CALL_NOTE = "callNote";
    /** The customer's choice, a variable of {@link OrderFulfilmentProcess#BACKORDER_DECIDED_MESSAGE}: {@link #BACKORDER} or {@link #CANCEL}. */
    public static final String BACKORDER_DECISION = "backorderDecision";
    public static final String BACKORDER = "BACKORDER";
    public static final String CANCEL = "CANCEL";
    /** The service team's answer on a lost parcel: {@link #REPLACEMENT_SENT} or {@link #REFUNDED} (local to the shipment). */
    public static final String LOST_PARCEL_RESOLUTION = "lostParcelResolution";
    public static final String REPLACEMENT_SENT = "REPLACEMENT_SENT";
    public static final String REFUNDED = "REFUNDED";
    /** The service team's note on a delayed parcel (local to the shipment). */
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private Variables() {}
  }

  private OrderFulfilmentProcess() {}
}
