/** Staff users, their roles, teams and absences, and their login. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package io.omnichannel.staff;
