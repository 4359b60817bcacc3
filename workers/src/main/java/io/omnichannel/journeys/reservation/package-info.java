/**
 * Journey 3, the reservation: its intake, the steps that hold, confirm, remind and release the piece
 * (one worker per job type), its mails, the set-aside form, the counter's and the customer's actions
 * and its part of the status page, declared by {@code ReservationJourney}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey: reservation")
package io.omnichannel.journeys.reservation;
