/**
 * Journey 1, the manual request: its intake, the purchase check, the manual lookup and mail, the
 * review form and the mail intake rule, declared to the registry by {@code ManualRequestJourney}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey: manual request")
package io.omnichannel.journeys.manualrequest;
