/** SLAs on business calendars: policies per request type and step, deadlines, and the escalation ladder of a staff task. */
@org.springframework.modulith.ApplicationModule(displayName = "SLA")
package io.omnichannel.sla;
