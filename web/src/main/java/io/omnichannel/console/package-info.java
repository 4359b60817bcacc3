/** The pages of team leads and process owners: the watchdog's findings, taken over with a note. */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.omnichannel.console;
