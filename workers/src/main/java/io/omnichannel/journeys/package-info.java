/**
 * The journey registry: what a journey declares ({@link io.omnichannel.journeys.Journey}) and the
 * generic parts read (request types, intakes, task forms, mail intakes, status page), and the
 * customer's steps read from each journey's own model. Each journey lives in a package below.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journeys")
package io.omnichannel.journeys;
