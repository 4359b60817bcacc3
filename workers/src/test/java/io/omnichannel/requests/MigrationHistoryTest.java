package io.omnichannel.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A versioned migration is never edited once it has landed: a database migrated by an earlier
 * release would refuse to start (Flyway validates the checksums) or silently differ. Every
 * versioned migration is listed with its SHA-256 in {@code db/released-migrations.sha256}; a new one
 * is added there in the change that adds it ({@code sha256sum db/migration/.../V21__….sql}), and a
 * changed one fails here. Repeatable migrations ({@code R__}) are meant to change and are not listed.
 */
class MigrationHistoryTest {

  @Test
  void everyVersionedMigrationIsListedWithTheChecksumItLandedWith() throws IOException {
    assertThat(onTheClasspath()).isEqualTo(released());
  }

  private static Map<String, String> onTheClasspath() throws IOException {
    Map<String, String> checksums = new TreeMap<>();
    for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql")) {
      String url = migration.getURL().toString();
      try (InputStream in = migration.getInputStream()) {
        checksums.put(url.substring(url.indexOf("db/migration/")), sha256(in.readAllBytes()));
      }
    }
    return checksums;
  }

  private static Map<String, String> released() throws IOException {
    try (InputStream in = MigrationHistoryTest.class.getResourceAsStream("/db/released-migrations.sha256")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\\s+", 2))
          .collect(Collectors.toMap(parts -> parts[1].strip(), parts -> parts[0], (a, b) -> a, TreeMap::new));
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
