package io.omnichannel.processes;

/**
 * Issue 14: a complaint from any channel is one case per customer that escalates in time. The
 * acknowledgement goes out at once; a complaint from a public channel (a review, a post) reaches the
 * team lead and the process owners at once; the complaints team's task climbs the ladder (reminder,
 * team lead at the SLA, process owners at twice the SLA); every repeated contact of the customer
 * while the case is open raises the task's priority and tells the team lead at once.
 *
 * <p>Started by the message {@link #START_MESSAGE} with the reference as correlation key; the start
 * carries {@link Variables#TEAM} and {@link Variables#PUBLIC_CHANNEL}. A repeated contact is the
 * message {@link #REPEATED_MESSAGE}, correlated by the reference, with {@link Variables#CONTACT_NUMBER}.
 */
public final class ComplaintProcess extends SharedModel {

  public static final String PROCESS_ID = "complaint";
  public static final String RESOURCE = "bpmn/complaint.bpmn";
  public static final String START_MESSAGE = "ComplaintReceived";
  /** The customer got in touch again about her open complaint; message id: the contact's id, so it counts once. */
  public static final String REPEATED_MESSAGE = "ComplaintRepeated";

  /**
   * The second process of {@link #RESOURCE}: a timer start every morning (06:00 UTC) and the digest
   * of complaints open past their promised time to the process owners.
   */
  public static final String DIGEST_PROCESS_ID = "complaint-digest";

  /** The customer rated the closed complaint (variable {@link Variables#RATING}); message id: {@code rating-<request id>}. */
  public static final String RATED_MESSAGE = "ComplaintRated";
  /** How long the rating link is valid and the model waits for it. */
  public static final String RATING_PERIOD = "P14D";

  public static final String FORM_KEY_REPLY = "complaint-reply";
  /** The team lead's task on a complaint reopened by a poor rating. */
  public static final String FORM_KEY_REOPENED = "complaint-reopened";
  public static final String REQUEST_TYPE = "COMPLAINT";
  public static final String COMPLAINTS_TEAM = "complaints";

  public static final class Elements extends SharedModel.Elements {
    public static final String START = "StartEvent_ComplaintReceived";
    public static final String GATEWAY_PUBLIC = "Gateway_PublicChannel";
    public static final String ALERT_PUBLIC = "ServiceTask_AlertPublicComplaint";
    public static final String JOIN_PUBLIC = "Gateway_JoinPublic";
    public static final String JOIN_HANDLE = "Gateway_JoinHandle";
    public static final String HANDLE = "UserTask_HandleComplaint";
    public static final String SLA_SECOND_ESCALATION = "BoundaryEvent_SlaSecondEscalation";
    public static final String NOTIFY_PROCESS_OWNERS = "ServiceTask_NotifyProcessOwners";
    public static final String PROCESS_OWNERS_NOTIFIED = "EndEvent_ProcessOwnersNotified";
    public static final String JOIN_BACK_TO_HANDLE = "Gateway_JoinBackToHandle";
    public static final String REPEATED_CONTACT = "SubProcess_RepeatedContact";
    public static final String COMPLAINT_REPEATED = "StartEvent_ComplaintRepeated";
    public static final String ESCALATE_REPEATED = "ServiceTask_EscalateRepeatedComplaint";
    public static final String REPEATED_ESCALATED = "EndEvent_RepeatedContactEscalated";
    public static final String GATEWAY_REPEATED_IN_PUBLIC = "Gateway_RepeatedInPublic";
    public static final String ALERT_REPEATED_IN_PUBLIC = "ServiceTask_AlertRepeatedInPublic";
    public static final String REPEATED_IN_PUBLIC_ALERTED = "EndEvent_RepeatedInPublicAlerted";
    public static final String INVITE_RATING = "ServiceTask_InviteRating";
    public static final String AWAIT_RATING = "Gateway_AwaitRating";
    public static final String COMPLAINT_RATED = "CatchEvent_ComplaintRated";
    public static final String RATING_OVERDUE = "TimerEvent_RatingOverdue";
    public static final String NOT_RATED = "EndEvent_NotRated";
    public static final String GATEWAY_RATING_POOR = "Gateway_RatingPoor";
    public static final String REOPEN = "ServiceTask_ReopenComplaint";
    public static final String REVIEW_POOR_RATING = "UserTask_ReviewPoorRating";
    public static final String CLOSE_REOPENED = "ServiceTask_CloseReopenedComplaint";
    public static final String REOPENED_CLOSED = "EndEvent_ReopenedComplaintClosed";
    public static final String DAILY_DIGEST = "StartEvent_DailyDigest";
    public static final String SEND_DIGEST = "ServiceTask_SendComplaintDigest";
    public static final String DIGEST_SENT = "EndEvent_DigestSent";

    private Elements() {}
  }

  public static final class Variables extends SharedModel.Variables {
    /** The team whose queue gets the task (candidate group). */
    public static final String TEAM = "team";
    /** True when the complaint came from a public channel (a review, a social-media post). */
    public static final String PUBLIC_CHANNEL = "publicChannel";
    /** The number of a repeated contact (2 for the customer's second contact), local to the event sub-process. */
    public static final String CONTACT_NUMBER = "contactNumber";
    /** What the repeated contact carried: the count of contacts so far. */
    public static final String REPEATED_CONTACTS = "repeatedContacts";
    /** What the repeated contact carried: true when it came from a public channel. */
    public static final String PUBLIC_CONTACT = "publicContact";
    /** True when this repeated contact came from a public channel, local to the event sub-process. */
    public static final String CONTACT_IN_PUBLIC = "contactInPublic";
    /** The customer's rating, 1–5, from the message {@link ComplaintProcess#RATED_MESSAGE}. */
    public static final String RATING = "rating";
    /** The username of the complaints team's lead, from reopen-complaint: the reopened task's assignee. */
    public static final String TEAM_LEAD = "teamLead";
    /** What the team lead did about a poor rating, from the form {@code complaint-reopened}. */
    public static final String REOPEN_OUTCOME = "reopenOutcome";
    /** The day of a digest (ISO date, the engine's today), local to its task: one digest per day. */
    public static final String DIGEST_DATE = "digestDate";
    /** The priority (0–100) the task list shows for the case's task; raised by each repeated contact. */
    public static final String TASK_PRIORITY = "taskPriority";

    private Variables() {}
  }

  private ComplaintProcess() {}
}
