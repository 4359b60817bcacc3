/**
 * Journey 4, the watch and the partner store: an order picked up at a (partner) store, confirmed
 * with the promised pickup date and matching items, got ready by the store's team; a change of the
 * date is told at once; the pickup steps are the reservation's (code, reminder, counter, release);
 * the review invitation a week after the pickup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey: click and collect")
package io.omnichannel.journeys.clickandcollect;
