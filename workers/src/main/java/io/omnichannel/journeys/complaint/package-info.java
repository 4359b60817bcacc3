/**
 * Complaints (issue 14): one case per customer from every channel (portal, API, phone, counter,
 * e-mail by its words, public posts and reviews), its reply form, its mail rule and the workers that
 * escalate a public complaint and every repeated contact at once, declared by {@code ComplaintJourney}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey: complaints")
package io.omnichannel.journeys.complaint;
