/**
 * The engine's history as the application reads it: what the history exporter (module {@code
 * exporter}, loaded by the broker) wrote to the {@code history_*} tables — deployed definitions,
 * requests waiting at each element, completed in a period, open incidents, and one instance's path,
 * variables, incidents and jobs. Read only: the exporter is the only writer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine history")
package io.omnichannel.history;
