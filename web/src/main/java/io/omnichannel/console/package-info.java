/**
 * The pages of team leads and process owners: the watchdog's findings, taken over with a note, and
 * the process owners' console ({@code /staff/console}), whose parts declare themselves as {@link
 * ConsoleSection} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.omnichannel.console;
