package io.omnichannel.endtoend;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Boots the whole application on its embedded runtime — the real Zeebe broker as a child process,
 * real PostgreSQL, real SMTP/IMAP — on free ports and a data directory emptied once per test JVM,
 * with the demo data and the dev mailbox on. Every class with this annotation shares one running
 * application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FreshEndToEndData.class)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "orchestrator.embedded.enabled=true",
      "orchestrator.data-dir=target/end-to-end-data",
      "orchestrator.embedded.postgres.port=0",
      "orchestrator.embedded.mail.smtp-port=0",
      "orchestrator.embedded.mail.imap-port=0",
      "orchestrator.embedded.zeebe.gateway-port=0",
      "orchestrator.embedded.zeebe.command-port=0",
      "orchestrator.embedded.zeebe.internal-port=0",
      "orchestrator.embedded.zeebe.rest-port=0",
      "orchestrator.embedded.zeebe.management-port=0",
      // an open task list refreshes itself this often; short, so browser tests see it happen
      "orchestrator.tasklist.refresh-interval=2s",
      // the journeys are tried with the demo's staff, customers, purchases, stock and API keys
      "orchestrator.demo-data.enabled=true",
      "orchestrator.dev-mailbox.enabled=true",
      // a customer is asked for a review a week after delivery; seconds here
      "orchestrator.orders.review-invitation-delay=PT3S",
      // the tests sweep the watchdog themselves at chosen instants; a scheduled sweep on real time
      // would resolve a finding a test raised twenty minutes ahead (grace period not yet over)
      "orchestrator.watchdog.enabled=false"
    })
public @interface EndToEndTest {}
