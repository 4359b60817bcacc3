package io.omnichannel.workerstest;

import io.omnichannel.sla.ExpectedResolution;
import io.omnichannel.testsupport.TestInfrastructure;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the service-core tests (requests, purchases, documents, mail): real PostgreSQL and real
 * SMTP/IMAP; no job worker polls and no scheduler runs, the tests drive workers and dispatchers by
 * hand. All subclasses share one context and one database, so each test uses its own names.
 */
@SpringBootTest(
    classes = WorkersTestApplication.class,
    properties = {
      "camunda.client.worker.defaults.enabled=false",
      "orchestrator.outbox.enabled=false",
      "orchestrator.mail.outbox-enabled=false",
      "orchestrator.demo-data.enabled=false",
      "orchestrator.public-base-url=https://shop.example",
      "orchestrator.time-zone=Europe/Berlin",
      "spring.jpa.hibernate.ddl-auto=validate",
      "spring.jpa.open-in-view=false"
    })
@Import(ServiceCoreTest.FixedExpectation.class)
public abstract class ServiceCoreTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry);
  }

  /** A fixed promise, so these tests do not depend on the business calendar (tested on its own). */
  @TestConfiguration
  static class FixedExpectation {
    @Bean
    @Primary
    ExpectedResolution twoDaysLater() {
      return (type, receivedAt) -> receivedAt.plus(Duration.ofDays(2));
    }
  }
}
