package io.omnichannel.sla;

import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.tasks.UserTasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owners' view and edit of SLA policies: each field checked with a message of its own,
 * nothing written when one is wrong; a change is a new version (in effect for requests submitted
 * from now on) and an audit entry (area {@value #AUDIT_AREA}) in one transaction.
 */
@Service
public class SlaPolicySettings {

  public static final String AUDIT_AREA = "sla-policy";

  private static final Pattern STEP = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** A month of business days of 24 hours: more is a typing error, not an SLA. */
  static final int MAX_BUSINESS_MINUTES = 31 * 24 * 60;

  private final SlaPolicies policies;
  private final BusinessCalendars calendars;
  private final UserTasks tasks;
  private final ConsoleAudit audit;

  SlaPolicySettings(SlaPolicies policies, BusinessCalendars calendars, UserTasks tasks, ConsoleAudit audit) {
    this.policies = policies;
    this.calendars = calendars;
    this.tasks = tasks;
    this.audit = audit;
  }

  /** A policy as the console lists it: its current version and the open tasks still planned on earlier ones. */
  public record PolicyOverview(SlaPolicyVersion current, List<OlderVersion> olderWithOpenTasks) {

    public long openTasksUnderOlderVersions() {
      return olderWithOpenTasks.stream().mapToLong(OlderVersion::openTasks).sum();
    }
  }

  /** An earlier version that open tasks still run under. */
  public record OlderVersion(SlaPolicyVersion version, long openTasks) {}

  @Transactional(readOnly = true)
  public List<PolicyOverview> overview() {
    Map<String, Long> openByVersion = tasks.openCountsByVariable(PlanSlaWorker.SLA_POLICY_VERSION);
    return policies.all().stream().map(p -> overview(p.requestType(), p.step(), openByVersion)).toList();
  }

  @Transactional(readOnly = true)
  public PolicyOverview overview(String requestType, String step) {
    return overview(requestType, step, tasks.openCountsByVariable(PlanSlaWorker.SLA_POLICY_VERSION));
  }

  private PolicyOverview overview(String requestType, String step, Map<String, Long> openByVersion) {
    List<SlaPolicyVersion> versions = policies.versions(requestType, step);
    if (versions.isEmpty()) {
      throw new NoSuchElementException("no SLA policy for request type " + requestType + ", step " + step);
    }
    List<OlderVersion> older =
        versions.stream()
            .skip(1)
            .map(v -> new OlderVersion(v, openByVersion.getOrDefault(Long.toString(v.id()), 0L)))
            .filter(o -> o.openTasks() > 0)
            .toList();
    return new PolicyOverview(versions.getFirst(), older);
  }

  public List<SlaPolicyVersion> versions(String requestType, String step) {
    return policies.versions(requestType, step);
  }

  public Optional<SlaPolicy> find(String requestType, String step) {
    return policies.find(requestType, step);
  }

  /**
   * Changes an existing policy from the console's form fields ({@code businessMinutes}, {@code
   * calendarId}, {@code reminderAtPercent}, {@code processOwnersAtPercent}).
   *
   * @return the message per wrong field; empty when the change is saved (or changes nothing)
   * @throws NoSuchElementException when there is no such policy
   */
  @Transactional
  public Map<String, String> change(String username, String requestType, String step, Map<String, String> form) {
    SlaPolicy current = policies.get(requestType, step);
    Map<String, String> errors = new LinkedHashMap<>();
    SlaPolicy changed = values(requestType, step, form, errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    policies
        .change(changed, username)
        .ifPresent(version -> audit.record(username, AUDIT_AREA, subject(requestType, step), "changed", detail(current, changed, version)));
    return Map.of();
  }

  /**
   * A policy for a step that has none yet (a new installation, a model with a new {@code slaStep}),
   * from the form fields of {@link #change} plus {@code requestType} and {@code step}.
   *
   * @param requestTypes the request types the installed journeys serve
   * @return the message per wrong field; empty when the policy is created
   */
  @Transactional
  public Map<String, String> create(String username, Set<String> requestTypes, Map<String, String> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String requestType = form.getOrDefault("requestType", "").strip();
    String step = form.getOrDefault("step", "").strip();
    if (!requestTypes.contains(requestType)) {
      errors.put("requestType", "Choose one of the request types the journeys serve.");
    }
    if (!STEP.matcher(step).matches()) {
      errors.put("step", "Name the step in capitals, digits and _ (up to 40), e.g. REVIEW or SET_ASIDE: the model's slaStep header, REVIEW when it has none.");
    } else if (errors.isEmpty() && policies.find(requestType, step).isPresent()) {
      errors.put("step", "This request type has a policy for that step already: edit it instead.");
    }
    SlaPolicy created = values(requestType, step, form, errors);
    if (!errors.isEmpty()) {
      return errors;
    }
    SlaPolicyVersion version = policies.change(created, username).orElseThrow();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("version", version.version());
    detail.put("businessMinutes", created.businessMinutes());
    detail.put("calendarId", created.calendarId());
    detail.put("reminderAtPercent", created.reminderAtPercent());
    detail.put("processOwnersAtPercent", created.processOwnersAtPercent());
    audit.record(username, AUDIT_AREA, subject(requestType, step), "created", detail);
    return Map.of();
  }

  /** The four values of a policy from the form; a message per wrong field into {@code errors}. */
  private SlaPolicy values(String requestType, String step, Map<String, String> form, Map<String, String> errors) {
    Integer minutes =
        whole(form, "businessMinutes", 1, MAX_BUSINESS_MINUTES, errors,
            "Give the business time in whole minutes, from 1 to " + MAX_BUSINESS_MINUTES + " (a month of days).");
    Integer reminder =
        whole(form, "reminderAtPercent", 1, 99, errors,
            "Give the reminder as a share of the business time, from 1 to 99 %: it must come before the due time.");
    Integer owners =
        whole(form, "processOwnersAtPercent", 101, 1000, errors,
            "Give the process owners' escalation as a share of the business time, from 101 to 1000 %: after the team lead, who is told at 100 %.");
    String calendarId = form.getOrDefault("calendarId", "").strip();
    if (calendarId.isEmpty() || calendars.find(calendarId).isEmpty()) {
      errors.put("calendarId", "Choose one of the business calendars.");
    }
    return errors.isEmpty() ? new SlaPolicy(requestType, step, calendarId, minutes, reminder, owners) : null;
  }

  /** The audit subject of a policy, e.g. {@code MANUAL_REQUEST/REVIEW}. */
  public static String subject(String requestType, String step) {
    return requestType + "/" + step;
  }

  private static Map<String, Object> detail(SlaPolicy before, SlaPolicy after, SlaPolicyVersion version) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("version", version.version());
    detail.put("effectiveFrom", version.effectiveFrom().toString());
    Map<String, Function<SlaPolicy, Object>> fields = new LinkedHashMap<>();
    fields.put("businessMinutes", SlaPolicy::businessMinutes);
    fields.put("calendarId", SlaPolicy::calendarId);
    fields.put("reminderAtPercent", SlaPolicy::reminderAtPercent);
    fields.put("processOwnersAtPercent", SlaPolicy::processOwnersAtPercent);
    fields.forEach(
        (name, field) -> {
          Object old = field.apply(before);
          Object now = field.apply(after);
          if (!old.equals(now)) {
            detail.put(name, old + " → " + now);
          }
        });
    return detail;
  }

  private static Integer whole(Map<String, String> form, String field, int min, int max, Map<String, String> errors, String message) {
    String text = form.getOrDefault(field, "").strip();
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    errors.put(field, message);
    return null;
  }
}
