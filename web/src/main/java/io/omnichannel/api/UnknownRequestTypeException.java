package io.omnichannel.api;

import java.util.List;

/** A request type the API does not take (yet). Answered with 404 and the list of known types. */
class UnknownRequestTypeException extends RuntimeException {

  private final List<String> knownTypes;

  UnknownRequestTypeException(String type, List<String> knownTypes) {
    super("Unknown request type '" + type + "'. Known types: " + String.join(", ", knownTypes) + ".");
    this.knownTypes = List.copyOf(knownTypes);
  }

  List<String> knownTypes() {
    return knownTypes;
  }
}
