/**
 * The order ledger: orders from the shop with their lines and delivery, the allocation of lines to
 * stock locations in the fewest parcels, and the shipments with what carriers report of them.
 * Names no journey: the journeys that fulfil orders listen to its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package io.omnichannel.orders;
