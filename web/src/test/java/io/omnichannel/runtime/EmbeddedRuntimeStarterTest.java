package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The listener wired through spring.factories, in a bare Spring application: the embedded servers
 * are up before any bean, the application is pointed at them, and closing the context stops them.
 */
class EmbeddedRuntimeStarterTest {

  @TempDir Path dataDir;

  @Configuration(proxyBeanMethods = false)
  static class NoBeans {}

  @Test
  void startsPostgresAndMailPointsTheApplicationAtThemAndStopsThemOnClose() throws Exception {
    String url;
    int smtpPort;
    try (ConfigurableApplicationContext context = run()) {
      var environment = context.getEnvironment();
      url = environment.getProperty("spring.datasource.url");
      smtpPort = environment.getProperty("spring.mail.port", Integer.class);
      try (var connection =
          DriverManager.getConnection(
              url,
              environment.getProperty("spring.datasource.username"),
              environment.getProperty("spring.datasource.password"))) {
        assertThat(connection.isValid(5)).isTrue();
      }
      EmbeddedRuntime runtime = context.getBean(EmbeddedRuntime.class);
      assertThat(runtime.services())
          .extracting(EmbeddedRuntime.Service::mode)
          .containsExactly(
              EmbeddedRuntime.Mode.EMBEDDED, EmbeddedRuntime.Mode.EMBEDDED, EmbeddedRuntime.Mode.NONE);
      assertThat(runtime.mailServer()).isPresent();
      assertThat(environment.getProperty("orchestrator.mail.imap.user")).isEqualTo("service@shop.example");
      assertThat(environment.getProperty("orchestrator.dev-mailbox.enabled"))
          .as("the dev mailbox is the demo profile's choice, not the embedded mail server's")
          .isNull();
      assertThat(runtime.dataDir()).isEqualTo(dataDir.toAbsolutePath());

      assertThatThrownBy(this::run)
          .isInstanceOf(EmbeddedRuntimeException.class)
          .hasMessageContaining("is in use by another running instance");
    }

    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
        .isInstanceOf(java.sql.SQLException.class);
    assertThat(Ports.isFree(smtpPort)).isTrue();
  }

  /** Command-line arguments, so they win over the application.yml on the classpath. */
  private ConfigurableApplicationContext run() {
    return new SpringApplicationBuilder(NoBeans.class)
        .web(WebApplicationType.NONE)
        .run(
            "--orchestrator.data-dir=" + dataDir,
            "--orchestrator.embedded.postgres.port=0",
            "--orchestrator.embedded.mail.smtp-port=0",
            "--orchestrator.embedded.mail.imap-port=0",
            "--orchestrator.embedded.zeebe.enabled=false");
  }
}
