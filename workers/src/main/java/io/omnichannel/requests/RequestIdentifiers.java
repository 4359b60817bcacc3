package io.omnichannel.requests;

import io.omnichannel.platform.CustomerWording;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reference customers quote on the phone, and the secret in their tracking link. */
@Component
class RequestIdentifiers {

  private static final int TOKEN_BYTES = 32;

  private final JdbcClient jdbc;
  private final CustomerWording wording;
  private final SecureRandom random = new SecureRandom();

  RequestIdentifiers(JdbcClient jdbc, CustomerWording wording) {
    this.jdbc = jdbc;
    this.wording = wording;
  }

  /** e.g. {@code SR-2026-000042}: year of receipt, then a number no other request has. */
  String nextReference(Instant receivedAt) {
    long number = jdbc.sql("SELECT nextval('service_request_reference_seq')").query(Long.class).single();
    return "SR-%d-%06d".formatted(wording.year(receivedAt), number);
  }

  /** 256 random bits, URL-safe: the only key to a request's status page, so it must not be guessable. */
  String newTrackingToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
