/** The home page, login, security rules and the scheduler the background work runs on. */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package io.omnichannel.system;
