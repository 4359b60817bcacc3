/** The integrations that call the API: their keys, idempotent calls, and chat messages put on a request's timeline. */
@org.springframework.modulith.ApplicationModule(displayName = "Integrations")
package io.omnichannel.integrations;
