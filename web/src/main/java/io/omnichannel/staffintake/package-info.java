/** Staff take a request of any type on the phone or at the counter, for a customer they find first. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff intake")
package io.omnichannel.staffintake;
