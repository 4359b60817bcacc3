package io.omnichannel.sla;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns SLA policies into deadlines on the policy's business calendar. */
@Service
public class SlaService implements ExpectedResolution {

  private final SlaPolicies policies;
  private final BusinessCalendars calendars;

  public SlaService(SlaPolicies policies, BusinessCalendars calendars) {
    this.policies = policies;
    this.calendars = calendars;
  }

  /**
   * @throws java.util.NoSuchElementException when no {@link SlaPolicy#RESOLUTION} policy exists for
   *     the request type: a configuration error, not something to guess around
   */
  @Override
  public Instant expectedBy(String requestType, Instant receivedAt) {
    return planStep(requestType, SlaPolicy.RESOLUTION, receivedAt).dueAt();
  }

  /** The policy's share of the step's business time (twice it by default) from {@code from}: where an overdue complaint goes past the team lead. */
  @Transactional(readOnly = true)
  public Instant secondEscalationAt(String requestType, String step, Instant from) {
    return secondEscalationAt(requestType, step, from, null);
  }

  /**
   * @param calendarId the calendar the step is planned on ({@link #planStep(String, String, Instant,
   *     String)}), so the ladder's rungs count the same hours; null for the policy's
   */
  @Transactional(readOnly = true)
  public Instant secondEscalationAt(String requestType, String step, Instant from, String calendarId) {
    SlaPolicy policy = policies.get(requestType, step);
    return calendars.get(calendarId != null ? calendarId : policy.calendarId()).addBusinessTime(from, policy.businessTimeUntilProcessOwners());
  }

  /**
   * Plans a step from {@code from} on the policy version in effect at {@code submittedAt}: a request
   * keeps the policy of its submission although the step is planned later (a policy changed while
   * the request waited for the customer does not change its promise).
   *
   * @param calendarId the calendar of the team that does the step; null for the version's
   */
  @Transactional(readOnly = true)
  public PlannedStep planStep(String requestType, String step, Instant submittedAt, Instant from, String calendarId) {
    SlaPolicyVersion version = policies.inEffect(requestType, step, submittedAt);
    SlaPolicy policy = version.policy();
    BusinessCalendar calendar = calendars.get(calendarId != null ? calendarId : policy.calendarId());
    SlaPlan plan =
        new SlaPlan(
            calendar.addBusinessTime(from, policy.businessTime()),
            calendar.addBusinessTime(from, policy.businessTimeUntilReminder()),
            calendar.zone());
    return new PlannedStep(version, plan, calendar.addBusinessTime(from, policy.businessTimeUntilProcessOwners()));
  }

  @Transactional(readOnly = true)
  public SlaPlan planStep(String requestType, String step, Instant from) {
    return planStep(requestType, step, from, null);
  }

  /**
   * @param calendarId the calendar of the team that does the step (a store that calls on its own
   *     opening hours); null for the policy's
   */
  @Transactional(readOnly = true)
  public SlaPlan planStep(String requestType, String step, Instant from, String calendarId) {
    SlaPolicy policy = policies.get(requestType, step);
    BusinessCalendar calendar = calendars.get(calendarId != null ? calendarId : policy.calendarId());
    return new SlaPlan(
        calendar.addBusinessTime(from, policy.businessTime()),
        calendar.addBusinessTime(from, policy.businessTimeUntilReminder()),
        calendar.zone());
  }
}
