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

  /** The job type Zeebe gives job-worker based user tasks. */
  public static final String USER_TASK = "io.camunda.zeebe:userTask";

  private JobTypes() {}
}
