/**
 * What every module shares: the product's settings (public address, business time zone), the one
 * clock, the customers' tracking links, instants in their words, and the lock under which one of several
 * starting instances writes first-start data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.omnichannel.platform;
