package io.omnichannel.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an API call at most once per integration and Idempotency-Key. The key is claimed in the
 * same transaction that does the work: a call that fails leaves no claim, a concurrent repeat
 * waits on the claim's unique key and then answers with the first call's result.
 */
@Service
public class IdempotentCalls {

  /**
   * @param result what the first call created, e.g. a request reference
   * @param created false when this was a repeat answered from the first call
   */
  public record Outcome(String result, boolean created) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  IdempotentCalls(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * @param key the caller's Idempotency-Key; without one the call simply runs
   * @param payload what the caller sent, canonically; a repeat must send the same
   * @param call does the work in this transaction and returns what it created
   * @throws IdempotencyConflictException when the key was used for another operation or payload
   */
  public Outcome run(Integration integration, String operation, String key, String payload, Supplier<String> call) {
    return transaction.execute(
        status -> {
          if (key == null) {
            return new Outcome(call.get(), true);
          }
          String fingerprint = sha256(operation + "\n" + payload);
          if (!claim(integration, key, operation, fingerprint)) {
            return repeat(integration, key, fingerprint);
          }
          String result = call.get();
          jdbc.sql("UPDATE api_idempotency_keys SET result = :result WHERE integration = :integration AND idempotency_key = :key")
              .param("result", result)
              .param("integration", integration.name())
              .param("key", key)
              .update();
          return new Outcome(result, true);
        });
  }

  private boolean claim(Integration integration, String key, String operation, String fingerprint) {
    // ON CONFLICT DO NOTHING waits for a concurrent claim of the same key to commit or roll back
    return jdbc.sql(
                """
                INSERT INTO api_idempotency_keys (integration, idempotency_key, operation, fingerprint, created_at)
                VALUES (:integration, :key, :operation, :fingerprint, :now)
                ON CONFLICT (integration, idempotency_key) DO NOTHING
                """)
            .param("integration", integration.name())
            .param("key", key)
            .param("operation", operation)
            .param("fingerprint", fingerprint)
            .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .update()
        == 1;
  }

  private Outcome repeat(Integration integration, String key, String fingerprint) {
    Map<String, Object> first =
        jdbc.sql("SELECT fingerprint, result FROM api_idempotency_keys WHERE integration = :integration AND idempotency_key = :key")
            .param("integration", integration.name())
            .param("key", key)
            .query()
            .singleRow();
    if (!fingerprint.equals(first.get("fingerprint"))) {
      throw new IdempotencyConflictException(key);
    }
    return new Outcome((String) first.get("result"), false);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
