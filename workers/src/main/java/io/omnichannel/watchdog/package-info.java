/**
 * The no-drop watchdog: independent of any model, it checks that every open request has an owner
 * (an open staff task, a wait on the customer, a start waiting in the outbox) and raises what has
 * none: requests nobody works on, starts the engine never took, incidents, mails that failed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watchdog")
package io.omnichannel.watchdog;
