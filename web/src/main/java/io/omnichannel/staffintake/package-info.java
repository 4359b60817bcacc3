/** Staff take a request of any type on the phone, at the counter or from a public post or review, for a customer they find first. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff intake")
package io.omnichannel.staffintake;
