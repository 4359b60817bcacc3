package io.omnichannel.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The engine's history exporter (module {@code exporter}) as the embedded broker loads it: the jar
 * that the build copies into this application is written beside the broker's data, and the broker
 * is told to load it with the application's database.
 *
 * @param jar where the jar was written
 * @param url JDBC URL of the application's database
 * @param user its user
 * @param password its password: handed over in the broker's environment, not on its command line
 */
record HistoryExporterJar(Path jar, String url, String user, String password) {

  static final String RESOURCE = "/history-exporter/omnichannel-history-exporter.jar";
  static final String CLASS_NAME = "io.omnichannel.historyexporter.HistoryExporter";
  static final String PREFIX = "zeebe.broker.exporters.history.";

  /** Writes the jar to {@code <workDir>/exporters} (again only when it changed). */
  static HistoryExporterJar writeTo(Path workDir, String url, String user, String password) {
    Path jar = workDir.resolve("exporters").resolve("omnichannel-history-exporter.jar");
    try (InputStream packaged = HistoryExporterJar.class.getResourceAsStream(RESOURCE)) {
      if (packaged == null) {
        throw new EmbeddedRuntimeException(
            "The history exporter jar (" + RESOURCE + ") is not in this build of the application.",
            "Build it with the exporter module (./mvnw -pl processes,workers,exporter,web …), or set"
                + " orchestrator.embedded.zeebe.history-exporter=false to run the broker without the engine's history.");
      }
      byte[] bytes = packaged.readAllBytes();
      if (!Files.exists(jar) || !Arrays.equals(Files.readAllBytes(jar), bytes)) {
        Files.createDirectories(jar.getParent());
        Path written = Files.write(jar.resolveSibling(jar.getFileName() + ".new"), bytes);
        Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the history exporter to " + jar, e);
    }
    return new HistoryExporterJar(jar.toAbsolutePath(), url, user, password);
  }

  /** The broker's settings for the exporter, as system properties. */
  List<String> systemProperties() {
    return List.of(
        "-D" + PREFIX + "className=" + CLASS_NAME,
        "-D" + PREFIX + "jarPath=" + jar,
        "-D" + PREFIX + "args.url=" + url,
        "-D" + PREFIX + "args.user=" + (user == null ? "" : user));
  }

  /** The password, in the broker's environment (a command line can be read by every local user). */
  Map<String, String> environment() {
    return password == null ? Map.of() : Map.of("ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_PASSWORD", password);
  }

  @Override
  public String toString() {
    return "HistoryExporterJar[jar=" + jar + ", url=" + url + ", user=" + user + "]";
  }
}
