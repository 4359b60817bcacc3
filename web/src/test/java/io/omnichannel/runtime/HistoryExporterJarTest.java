package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporter jar the build copies into the application, as the runtime hands it to the broker. */
class HistoryExporterJarTest {

  @TempDir Path workDir;

  @Test
  void theJarIsWrittenBesideTheBrokersData_withTheDriverRelocated_andNothingOfZeebe() throws IOException {
    HistoryExporterJar exporter = HistoryExporterJar.writeTo(workDir, "jdbc:postgresql://127.0.0.1:5433/orchestrator", "postgres", "secret");

    assertThat(exporter.jar()).isEqualTo(workDir.resolve("exporters/omnichannel-history-exporter.jar").toAbsolutePath());
    try (JarFile jar = new JarFile(exporter.jar().toFile())) {
      assertThat(jar.getEntry("io/omnichannel/historyexporter/HistoryExporter.class")).isNotNull();
      assertThat(jar.getEntry("io/omnichannel/historyexporter/shaded/org/postgresql/Driver.class")).isNotNull();
      assertThat(jar.stream().map(entry -> entry.getName()))
          .noneMatch(name -> name.startsWith("org/postgresql/"))
          .noneMatch(name -> name.startsWith("io/camunda/"));
    }
    assertThat(exporter.systemProperties())
        .contains(
            "-Dzeebe.broker.exporters.history.className=io.omnichannel.historyexporter.HistoryExporter",
            "-Dzeebe.broker.exporters.history.jarPath=" + exporter.jar(),
            "-Dzeebe.broker.exporters.history.args.url=jdbc:postgresql://127.0.0.1:5433/orchestrator")
        .noneMatch(argument -> argument.contains("secret"));
    assertThat(exporter.environment()).containsEntry("ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_PASSWORD", "secret");
    assertThat(exporter.toString()).doesNotContain("secret");
  }

  @Test
  void anUnchangedJarIsNotWrittenAgain() throws IOException {
    Path jar = HistoryExporterJar.writeTo(workDir, "jdbc:postgresql://db/app", "app", null).jar();
    var written = Files.getLastModifiedTime(jar);
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));

    HistoryExporterJar again = HistoryExporterJar.writeTo(workDir, "jdbc:postgresql://db/app", "app", null);

    assertThat(Files.getLastModifiedTime(again.jar()).toMillis()).isEqualTo(written.toMillis() - 60_000);
    assertThat(again.environment()).isEmpty();
  }
}
