/**
 * The console's audit log: every change made from the process owners' console, with the user who
 * made it. Areas name what was changed (a model, an SLA policy, a calendar, an instance).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console audit log")
package io.omnichannel.audit;
