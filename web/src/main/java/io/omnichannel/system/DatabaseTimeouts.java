package io.omnichannel.system;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's connections carry a lock timeout, a statement timeout and a socket timeout
 * ({@code spring.datasource.hikari.data-source-properties} in {@code application.yml}), so a locked
 * table or a frozen database fails a call in seconds instead of holding it. Migrations must not be
 * cut off by them (an index on a large table takes as long as it takes): Flyway connects on its
 * own, with the same URL and account but without those properties.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

  @Bean
  FlywayConfigurationCustomizer migrationsWithoutTimeouts(DataSourceProperties dataSource, Environment environment) {
    return configuration -> {
      if (!environment.containsProperty("spring.flyway.url")) { // a database of its own for Flyway stays as configured
        configuration.dataSource(dataSource.determineUrl(), dataSource.determineUsername(), dataSource.determinePassword());
      }
    };
  }
}
