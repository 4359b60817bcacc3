package io.omnichannel.integrations;

/** A system that calls our HTTP API with its own key, e.g. {@code shop}, {@code till}, {@code chat}. */
public record Integration(String name) {}
