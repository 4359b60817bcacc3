package io.omnichannel.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Finds the {@code java} launcher of a JDK/JRE and checks that it can run Zeebe (Java 21+). */
final class JavaRuntime {

  static final int REQUIRED = 21;

  private JavaRuntime() {}

  static Path requireJava21(Path javaHome) {
    Path java = javaHome.resolve("bin").resolve("java");
    if (!Files.isExecutable(java)) {
      throw new EmbeddedRuntimeException(
          "No java launcher at " + java + ".",
          "Set orchestrator.embedded.zeebe.java-home to a Java " + REQUIRED + "+ installation.");
    }
    int version = featureVersion(javaHome);
    if (version < REQUIRED) {
      throw new EmbeddedRuntimeException(
          "The embedded Zeebe broker needs Java " + REQUIRED + " or newer, but " + javaHome
              + " is Java " + version + ".",
          "Run the application on Java " + REQUIRED + "+ or set orchestrator.embedded.zeebe.java-home"
              + " to a Java " + REQUIRED + "+ installation.");
    }
    return java;
  }

  /** The feature version (17, 21, 25…) of a Java home, from its {@code release} file. */
  static int featureVersion(Path javaHome) {
    if (javaHome.equals(Path.of(System.getProperty("java.home")))) {
      return Runtime.version().feature();
    }
    try (var reader = Files.newBufferedReader(javaHome.resolve("release"))) {
      Properties release = new Properties();
      release.load(reader);
      String version = release.getProperty("JAVA_VERSION", "0").replace("\"", "");
      String first = version.startsWith("1.") ? version.substring(2) : version;
      return Integer.parseInt(first.split("[^0-9]")[0]);
    } catch (IOException | NumberFormatException e) {
      throw new EmbeddedRuntimeException(
          "Could not tell the Java version of " + javaHome + ": " + e.getMessage(),
          "Set orchestrator.embedded.zeebe.java-home to a Java " + REQUIRED + "+ installation.");
    }
  }
}
