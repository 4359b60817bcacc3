/**
 * Questions and callback wishes: their intakes (one per type), the callback's details,
 * the reply form and the mail intake that gives every other mail an owner, declared by
 * {@code CustomerRequestJourney}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey: questions, callbacks")
package io.omnichannel.journeys.customerrequest;
