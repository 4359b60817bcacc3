/** Purchase records from the shop and the tills, and the check that a customer bought what she asks about. */
@org.springframework.modulith.ApplicationModule(displayName = "Purchases")
package io.omnichannel.purchases;
