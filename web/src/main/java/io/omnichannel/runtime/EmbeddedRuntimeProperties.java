package io.omnichannel.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded runtime ({@code orchestrator.embedded.*}). Each part starts only when
 * no external server is configured for it and its {@code enabled} flag is not false. A port of 0
 * picks a free port (used by tests).
 *
 * <p>{@code orchestrator.embedded.zeebe.history-exporter} (default true): the embedded broker loads
 * the engine's history exporter, which writes to the application's database (docs/architecture.md,
 * "The engine's history"); false runs the broker without it.
 */
@ConfigurationProperties("orchestrator.embedded")
public record EmbeddedRuntimeProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue Postgres postgres,
    @DefaultValue Mail mail,
    @DefaultValue Zeebe zeebe) {

  public record Postgres(@DefaultValue("true") boolean enabled, @DefaultValue("5433") int port) {}

  public record Mail(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("3025") int smtpPort,
      @DefaultValue("3143") int imapPort,
      @DefaultValue("service@shop.example") String user,
      @DefaultValue("service") String password) {}

  public record Zeebe(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("8.6.0") String version,
      @DefaultValue("https://repo.maven.apache.org/maven2") URI repositoryUrl,
      Path cacheDir,
      Path javaHome,
      @DefaultValue("26500") int gatewayPort,
      @DefaultValue("26501") int commandPort,
      @DefaultValue("26502") int internalPort,
      @DefaultValue("8088") int restPort,
      @DefaultValue("9600") int managementPort,
      @DefaultValue("768m") String maxHeap,
      @DefaultValue("120s") Duration readinessTimeout,
      @DefaultValue("true") boolean historyExporter) {

    public Zeebe {
      if (cacheDir == null) {
        cacheDir = Path.of(System.getProperty("user.home"), ".cache", "omnichannel-orchestrator");
      }
      if (javaHome == null) {
        javaHome = Path.of(System.getProperty("java.home"));
      }
    }
  }
}
