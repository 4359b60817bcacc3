/**
 * Journey 2, the hooks that came from the store: an order shipped to the customer, allocated to the
 * fewest parcels; a split is called about by the store that ships the extra parcel before any
 * parcel leaves; the parcels travel in parallel, tracked by the carrier's events; the review
 * invitation a week after delivery.
 */
package io.omnichannel.journeys.orderfulfilment;
