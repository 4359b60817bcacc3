/** The JSON API for integrations: requests of every journey's types, their status, chat messages and stock, with problem details and OpenAPI. */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP API")
package io.omnichannel.api;
