package io.omnichannel.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys integrations call the API with. A key is looked up by its SHA-256: API keys are long
 * random secrets, so a fast unsalted hash is enough (unlike passwords) and allows an index lookup.
 */
@Service
@Transactional(readOnly = true)
public class ApiKeys {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiKeyRepository keys;
  private final Clock clock;

  ApiKeys(ApiKeyRepository keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /** The integration this key belongs to; empty for an unknown, revoked or blank key. */
  public Optional<Integration> authenticate(String rawKey) {
    if (rawKey == null || rawKey.isBlank() || rawKey.length() > 200) {
      return Optional.empty();
    }
    return keys.findByKeyHashAndRevokedAtIsNull(hash(rawKey.strip())).map(ApiKey::integration);
  }

  /**
   * Creates a key for a new integration.
   *
   * @return the key itself: shown once, only its hash is kept
   */
  @Transactional
  public String issue(String integration) {
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    register(integration, key);
    return key;
  }

  /** Stores a key chosen elsewhere, e.g. the documented demo keys. */
  @Transactional
  public void register(String integration, String rawKey) {
    if (!NAME.matcher(integration).matches()) {
      throw new IllegalArgumentException("An integration name is lower case letters, digits and dashes: " + integration);
    }
    keys.saveAndFlush(new ApiKey(integration, hash(rawKey), clock.instant()));
  }

  /** What the integration may read and add to; a new key sees only the requests it submits. */
  @Transactional
  public void grant(String integration, RequestAccess access) {
    keys.findByName(integration).orElseThrow(() -> new IllegalArgumentException("no integration " + integration)).grant(access);
  }

  @Transactional
  public void revoke(String integration) {
    keys.findByName(integration).ifPresent(key -> key.revoke(clock.instant()));
  }

  public boolean exists(String integration) {
    return keys.existsByName(integration);
  }

  static String hash(String rawKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
