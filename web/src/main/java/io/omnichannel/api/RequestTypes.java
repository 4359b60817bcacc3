package io.omnichannel.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The request types the API takes, by their path name, and their names in the ledger. */
final class RequestTypes {

  static final String MANUAL = "manual";
  static final String RESERVATION = "reservation";
  private static final Map<String, String> LEDGER_TYPES = Map.of(MANUAL, "MANUAL_REQUEST", RESERVATION, "RESERVATION");

  private RequestTypes() {}

  static List<String> known() {
    return LEDGER_TYPES.keySet().stream().sorted().toList();
  }

  static String apiName(String ledgerType) {
    return LEDGER_TYPES.entrySet().stream()
        .filter(e -> e.getValue().equals(ledgerType))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(ledgerType.toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
