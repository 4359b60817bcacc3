package io.omnichannel.sla;

import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SLA policies per request type and step, in PostgreSQL. */
@Repository
public class SlaPolicies {

  private final JdbcClient jdbc;

  public SlaPolicies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public SlaPolicy get(String requestType, String step) {
    return jdbc.sql(
            """
            select request_type, step, calendar_id, business_minutes, reminder_at_percent
            from sla_policies where request_type = ? and step = ?""")
        .params(requestType, step)
        .query(SlaPolicy.class)
        .optional()
        .orElseThrow(
            () -> new NoSuchElementException("no SLA policy for request type " + requestType + ", step " + step));
  }

  public void save(SlaPolicy policy) {
    jdbc.sql(
            """
            insert into sla_policies (request_type, step, calendar_id, business_minutes, reminder_at_percent)
            values (?, ?, ?, ?, ?)
            on conflict (request_type, step) do update set calendar_id = excluded.calendar_id,
              business_minutes = excluded.business_minutes, reminder_at_percent = excluded.reminder_at_percent""")
        .params(
            policy.requestType(),
            policy.step(),
            policy.calendarId(),
            policy.businessMinutes(),
            policy.reminderAtPercent())
        .update();
  }
}
