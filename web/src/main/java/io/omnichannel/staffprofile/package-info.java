/** A staff member's own page: absences, now or planned. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff profile")
package io.omnichannel.staffprofile;
