package io.omnichannel.processes;

/**
 * What every journey model shares: the process variables our generic workers read and write, the
 * message a waiting request gets when the customer answers, and the ids of the elements several
 * models use alike (acknowledge, plan the SLA, remind, escalate, ask the customer, close). Each
 * model's constants class extends this one and its nested classes, so
 * {@code ReservationProcess.Variables.REQUEST_ID} and {@code ManualRequestProcess.Elements.CLOSE_REQUEST}
 * name the shared value and a model lists only what is its own.
 */
public class SharedModel {

  /**
   * The customer answered staff's question (by e-mail or on the tracking page). Correlation key:
   * the reference; message id: the id of the inbound message, so a re-read mail moves nothing twice.
   */
  public static final String CUSTOMER_ANSWERED_MESSAGE = "CustomerAnswered";

  /**
   * The mail that answers the customer (the manual, staff's answer, the end of a reservation) has
   * been delivered to her mail server; the request is answered only then. Correlation key: the
   * reference; message id: the mail's id. Published by the mail outbox for mails marked awaited.
   */
  public static final String ANSWER_DELIVERED_MESSAGE = "AnswerDelivered";

  /** How long the customer has to answer before the one reminder, and again before the team decides without her. */
  public static final String CUSTOMER_ANSWER_PERIOD = "P5D";

  /** The team whose queue receives requests the automation cannot finish. */
  public static final String SERVICE_TEAM = "service-centre";

  /**
   * What the intake sets as {@link Variables#REVIEW_INVITATION_DELAY} when nothing else is
   * configured: a customer is asked for a review a week after she has her goods.
   */
  public static final String DEFAULT_REVIEW_INVITATION_DELAY = "P7D";

  protected SharedModel() {}

  /** Element ids of the steps several models share, by the convention {@code Kind_WhatItDoes}. */
  public static class Elements {
    public static final String ACKNOWLEDGE = "ServiceTask_AcknowledgeRequest";
    public static final String PLAN_SLA = "ServiceTask_PlanSla";
    public static final String SLA_REMINDER = "BoundaryEvent_SlaReminder";
    public static final String REMIND_TEAM = "ServiceTask_RemindTeam";
    public static final String TEAM_REMINDED = "EndEvent_TeamReminded";
    public static final String SLA_BREACHED = "BoundaryEvent_SlaBreached";
    public static final String ESCALATE = "ServiceTask_EscalateToTeamLead";
    public static final String ESCALATED = "EndEvent_Escalated";
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
    public static final String ANSWER_DELIVERED = "CatchEvent_AnswerDelivered";
    public static final String CLOSE_REQUEST = "ServiceTask_CloseRequest";
    public static final String END = "EndEvent_RequestClosed";
    /** Models that sell goods: {@link Variables#REVIEW_INVITATION_DELAY} after the customer has them (delivered, picked up). */
    public static final String REVIEW_INVITATION_DUE = "TimerEvent_ReviewInvitationDue";
    /** Every customer passes here alike; the worker checks her consent before it mails. */
    public static final String INVITE_REVIEW = "ServiceTask_InviteReview";
    public static final String REVIEW_INVITED = "EndEvent_ReviewInvited";

    protected Elements() {}
  }

  /** Process variables; everything else the workers read from the request ledger by {@link #REQUEST_ID}. */
  public static class Variables {
    public static final String REQUEST_ID = "requestId";
    public static final String REFERENCE = "reference";
    /** The ledger's request type, set by the intake at the start; plan-sla picks the policy by it. */
    public static final String REQUEST_TYPE = "requestType";
    public static final String SLA_DUE_AT = "slaDueAt";
    public static final String SLA_REMINDER_AT = "slaReminderAt";
    /**
     * The policy's share of the SLA's business time (twice it by default) from the start of the step:
     * where an overdue complaint goes past the team lead to the process owners.
     */
    public static final String SLA_SECOND_ESCALATION_AT = "slaSecondEscalationAt";
    /** The id of the SLA policy version the step was planned on (the one in effect at the request's submission). */
    public static final String SLA_POLICY_VERSION = "slaPolicyVersion";
    /** The staff decision of a review or reply task. */
    public static final String DECISION = "decision";
    public static final String DECISION_ANSWER = "ANSWER";
    public static final String DECISION_ASK_CUSTOMER = "ASK_CUSTOMER";
    public static final String ANSWER_TEXT = "answerText";
    /** Staff's question to the customer, with decision {@link #DECISION_ASK_CUSTOMER}. */
    public static final String QUESTION_TEXT = "questionText";
    /**
     * ISO-8601 duration from the moment the customer has her goods to the review invitation, set by
     * the intake at the start ({@link SharedModel#DEFAULT_REVIEW_INVITATION_DELAY} unless configured).
     */
    public static final String REVIEW_INVITATION_DELAY = "reviewInvitationDelay";

    protected Variables() {}
  }
}
