/** Customer identity: matching a contact to one customer, duplicates, merges, and staff's customer search. */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package io.omnichannel.customers;
