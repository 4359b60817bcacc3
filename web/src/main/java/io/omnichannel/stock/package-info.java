/** The staff's view of the stock of every location, with a link to reserve for a customer. */
@org.springframework.modulith.ApplicationModule(displayName = "Stock view")
package io.omnichannel.stock;
