package io.omnichannel.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bpmn-js and zeebe-bpmn-moddle files served to the console are exactly the ones taken from the
 * npm registry's tarballs (web/vendor/README.md): each matches its recorded SHA-256, none is missing
 * and none was added without being recorded.
 */
class VendoredLibrariesTest {

  private static final Path SERVED = Path.of("src/main/resources/static/vendor");
  private static final Path SUMS = Path.of("vendor/SHA256SUMS");

  @Test
  void everyServedFileMatchesItsRecordedChecksum() throws IOException {
    List<String> lines = Files.readAllLines(SUMS).stream().filter(line -> !line.isBlank()).toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      String expected = line.substring(0, 64);
      Path file = SERVED.resolve(line.substring(66));
      assertThat(file).as("recorded file").exists();
      assertThat(sha256(file)).as("SHA-256 of %s", file).isEqualTo(expected);
    }
    try (Stream<Path> files = Files.walk(SERVED)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> SERVED.relativize(f).toString().replace('\\', '/')))
          .as("served files")
          .containsExactlyInAnyOrderElementsOf(lines.stream().map(line -> line.substring(66)).toList());
    }
  }

  @Test
  void theModelerAndViewerAreTheProductionBuildsWithTheirLicence() throws IOException {
    String licence = Files.readString(SERVED.resolve("bpmn-js/18.31.1/LICENSE"));
    assertThat(licence).contains("watermark");
    assertThat(Files.readString(SERVED.resolve("zeebe-bpmn-moddle/2.0.0/zeebe.json"))).contains("\"prefix\": \"zeebe\"");
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
