package io.omnichannel.api;

import io.omnichannel.integrations.Integration;
import java.util.regex.Pattern;

/** The Idempotency-Key header: checked here, scoped by integration in the ledger. */
final class IdempotencyKeys {

  static final String HEADER = "Idempotency-Key";
  private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,100}");

  private IdempotencyKeys() {}

  /** @return the key, or null when the header was not sent */
  static String check(String header) {
    if (header == null) {
      return null;
    }
    if (!VALID.matcher(header.strip()).matches()) {
      throw new InvalidIdempotencyKeyException();
    }
    return header.strip();
  }

  /** Two integrations may choose the same key; in the ledger they must not meet. */
  static String inLedger(Integration integration, String key) {
    return key == null ? null : "api:" + integration.name() + ":" + key;
  }
}
