/**
 * Journey 3, the reservation's steps: they join the stock ({@code inventory}) and the request
 * ledger ({@code requests}) through their public services, one job type per worker.
 */
package io.omnichannel.reservations;
