/** The embedded runtime: the real Zeebe broker, PostgreSQL and mail server started beside the application when none is configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded runtime")
package io.omnichannel.runtime;
