package io.omnichannel.processes;

/**
 * Issue 3: a general question or a callback wish, from any channel. Every one ends in a team's queue
 * with an SLA on business hours; nothing is answered automatically. Complaints have their own model
 * since issue 14: {@link ComplaintProcess}.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the request's reference number as
 * correlation key. The start carries {@link Variables#REQUEST_TYPE} and {@link Variables#TEAM}, chosen
 * at intake: the model offers the task to {@code team}.
 */
public final class CustomerRequestProcess extends SharedModel {

  public static final String PROCESS_ID = "customer-request";
  public static final String RESOURCE = "bpmn/customer-request.bpmn";
  public static final String START_MESSAGE = "CustomerRequestReceived";

  public static final String FORM_KEY_REPLY = "customer-request-reply";

  public static final String TYPE_GENERAL_QUESTION = "GENERAL_QUESTION";
  public static final String TYPE_CALLBACK = "CALLBACK";

  public static final class Elements extends SharedModel.Elements {
    public static final String START = "StartEvent_CustomerRequestReceived";
    public static final String JOIN_HANDLE = "Gateway_JoinHandle";
    public static final String HANDLE = "UserTask_HandleCustomerRequest";
    public static final String JOIN_BACK_TO_HANDLE = "Gateway_JoinBackToHandle";

    private Elements() {}
  }

  public static final class Variables extends SharedModel.Variables {
    /** The team whose queue gets the task (candidate group). */
    public static final String TEAM = "team";

    private Variables() {}
  }

  private CustomerRequestProcess() {}
}
