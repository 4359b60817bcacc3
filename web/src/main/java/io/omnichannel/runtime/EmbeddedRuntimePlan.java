package io.omnichannel.runtime;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Which backing services to start here: each one that is not configured externally, unless
 * switched off with {@code orchestrator.embedded[.<part>].enabled=false}. Off by default in Spring
 * Boot tests.
 */
record EmbeddedRuntimePlan(
    EmbeddedRuntimeProperties settings,
    Path dataDir,
    boolean postgres,
    boolean mail,
    boolean zeebe,
    String externalDatabase,
    String externalMail,
    String externalZeebe,
    String externalDatabaseUser,
    String externalDatabasePassword) {

  static final String ENABLED = "orchestrator.embedded.enabled";

  /**
   * Set by Spring Boot's test bootstrapper in every {@code @SpringBootTest} and slice test. Tests
   * bring their own infrastructure, so they start the embedded runtime only when they ask for it
   * with {@code orchestrator.embedded.enabled=true}.
   */
  static final String SPRING_BOOT_TEST_MARKER =
      "org.springframework.boot.test.context.SpringBootTestContextBootstrapper";

  static final String DATASOURCE_URL = "spring.datasource.url";
  static final String MAIL_HOST = "spring.mail.host";
  static final String ZEEBE_GRPC_ADDRESS = "camunda.client.grpc-address";

  static EmbeddedRuntimePlan of(ConfigurableEnvironment environment) {
    EmbeddedRuntimeProperties settings =
        Binder.get(environment)
            .bindOrCreate("orchestrator.embedded", EmbeddedRuntimeProperties.class);
    Path dataDir = Path.of(environment.getProperty("orchestrator.data-dir", "./data"));
    String database = environment.getProperty(DATASOURCE_URL);
    String mailHost = environment.getProperty(MAIL_HOST);
    String grpc = configuredByUser(environment, ZEEBE_GRPC_ADDRESS);
    boolean saas = "saas".equalsIgnoreCase(environment.getProperty("camunda.client.mode"));
    boolean on =
        environment.containsProperty(ENABLED)
            ? settings.enabled()
            : !environment.containsProperty(SPRING_BOOT_TEST_MARKER);
    return new EmbeddedRuntimePlan(
        settings,
        dataDir,
        on && settings.postgres().enabled() && !StringUtils.hasText(database),
        on && settings.mail().enabled() && !StringUtils.hasText(mailHost),
        on && settings.zeebe().enabled() && !StringUtils.hasText(grpc) && !saas,
        database,
        StringUtils.hasText(mailHost)
            ? mailHost + ":" + environment.getProperty("spring.mail.port", "25")
            : null,
        saas ? "Camunda SaaS" : grpc,
        environment.getProperty("spring.datasource.username"),
        environment.getProperty("spring.datasource.password"));
  }

  /**
   * The Camunda starter adds its defaults for the client mode ({@code modes/self-managed.yaml},
   * with {@code grpc-address: http://localhost:26500}) as a property source; a value from there is
   * not a broker someone configured.
   */
  private static String configuredByUser(ConfigurableEnvironment environment, String name) {
    List<PropertySource<?>> sources =
        environment.getPropertySources().stream()
            .filter(source -> !"configurationProperties".equals(source.getName())) // a view of all
            .filter(source -> !isCamundaStarterDefault(source.getName()))
            .toList();
    return new Binder(ConfigurationPropertySources.from(sources))
        .bind(name, String.class)
        .orElse(null);
  }

  private static boolean isCamundaStarterDefault(String sourceName) {
    return sourceName.startsWith("modes/") || sourceName.startsWith("auth-methods/");
  }

  boolean anything() {
    return postgres || mail || zeebe;
  }

  /** PostgreSQL and Zeebe keep files in the data directory; mail lives in memory. */
  boolean usesDataDir() {
    return postgres || zeebe;
  }

  Path postgresDir() {
    return dataDir.resolve("postgres");
  }

  /** Whether the embedded broker loads the engine's history exporter (it needs a database to write to). */
  boolean historyExporter() {
    return zeebe && settings.zeebe().historyExporter() && (postgres || StringUtils.hasText(externalDatabase));
  }

  Path zeebeDir() {
    return dataDir.resolve("zeebe");
  }
}
