package io.omnichannel.requests;

import java.time.Instant;

/**
 * A contact of the customer about a request of a type with one open case per customer: number 1 is
 * the request itself, 2 her first repeated contact.
 *
 * @param channel the ledger's channel it came through, e.g. {@code EMAIL}, {@code PUBLIC}
 */
public record RequestContact(int number, String channel, Instant at) {

  public boolean inPublic() {
    return "PUBLIC".equals(channel);
  }
}
