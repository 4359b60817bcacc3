package io.omnichannel.workerstest;

import io.omnichannel.journeys.Journeys;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.sla.ExpectedResolution;
import io.omnichannel.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
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

  @Autowired private Journeys journeys;

  /** Takes a request of the type at {@code path} (e.g. {@code manual}) in as the portal does. */
  protected SubmittedRequest submit(String path, Map<String, String> fields) {
    return submit(path, IntakeInput.of(fields), IntakeChannel.WEB);
  }

  /** Takes a request of the type at {@code path} in, through its journey's intake. */
  protected SubmittedRequest submit(String path, IntakeInput input, IntakeChannel via) {
    return journeys.typeAt(path).orElseThrow(() -> new AssertionError("no journey serves " + path)).intake().submit(input, via);
  }

  /** A manual request's fields as a customer fills them in. */
  public static Map<String, String> manualRequest(String email, String typeNumber) {
    Map<String, String> fields = new HashMap<>();
    fields.put("name", "Test Customer");
    fields.put("email", email);
    fields.put("typeNumber", typeNumber);
    fields.put("message", "Please send the manual.");
    return fields;
  }

  /** A manual request's fields; null values are left out, as an empty form field would be. */
  public static Map<String, String> manualRequest(
      String name, String email, String customerNumber, String orderNumber, String typeNumber, String message) {
    Map<String, String> fields = new HashMap<>();
    putIfGiven(fields, "name", name);
    putIfGiven(fields, "email", email);
    putIfGiven(fields, "customerNumber", customerNumber);
    putIfGiven(fields, "orderNumber", orderNumber);
    putIfGiven(fields, "typeNumber", typeNumber);
    putIfGiven(fields, "message", message);
    return fields;
  }

  private static void putIfGiven(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  /** Eight characters no other test uses: these tests share one database. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

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
