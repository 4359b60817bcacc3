/**
 * What every module shares: the product's settings (public address, business time zone), the one
 * clock, the customers' tracking links and instants in their words.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.omnichannel.platform;
