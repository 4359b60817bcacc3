/** The staff page of one customer: profile, whole timeline, duplicates and merge. */
@org.springframework.modulith.ApplicationModule(displayName = "Customer page")
package io.omnichannel.customers360;
