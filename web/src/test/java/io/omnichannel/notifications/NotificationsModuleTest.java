package io.omnichannel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.testsupport.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox on its own, with only what it depends on (the document library, the platform):
 * what it tells the rest of the product are its events, a mail sent and a mail given up on, which
 * the request ledger turns into history. No request, task or journey is started for this test (the
 * platform module comes along for its one clock).
 */
// the boundaries are ModularityTest's to verify: it leaves the workers' test classes on this classpath out
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform", verifyAutomatically = false)
@TestPropertySource(
    properties = {"orchestrator.mail.outbox-enabled=false", "camunda.client.worker.defaults.enabled=false", "orchestrator.demo-data.enabled=false"})
class NotificationsModuleTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry);
  }

  @Autowired MailOutbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ManualLibrary documents;
  @Autowired ApplicationEventPublisher publisher;

  @Test
  void aMailTheServerTakes_isPublishedAsSent(PublishedEvents events) {
    UUID requestId = null;
    String subject = "Sent " + UUID.randomUUID();
    outbox.enqueue(OutboundMail.toStaff("module-test:" + subject, requestId, "someone@example.com", subject, "Body"));

    dispatcher.sendDue(Instant.now());

    assertThat(events.ofType(MailSent.class).matching(sent -> sent.subject().equals(subject)))
        .singleElement()
        .satisfies(sent -> assertThat(sent.recipient()).isEqualTo("someone@example.com"));
  }

  @Test
  void aMailGivenUpOn_isPublishedAsFailed_once(PublishedEvents events) {
    dispatcher.sendDue(Instant.now()); // what else is pending goes out through the working server first
    var closedPort = new JavaMailSenderImpl();
    closedPort.setHost("127.0.0.1");
    closedPort.setPort(TestInfrastructure.freePort());
    var broken =
        new MailDispatcher(jdbc, transaction, closedPort, documents, publisher, new MailProperties("service@shop.example", 2, Duration.ofMinutes(15), true, Duration.ofMinutes(5)), Clock.systemUTC());
    String subject = "Lost " + UUID.randomUUID();
    outbox.enqueue(OutboundMail.toStaff("module-test:" + subject, null, "lost@example.com", subject, "Body"));

    broken.sendDue(Instant.now());
    assertThat(events.ofType(MailFailed.class).matching(failed -> failed.subject().equals(subject))).as("not after the first attempt").isEmpty();
    broken.sendDue(Instant.now().plusSeconds(3600));
    broken.sendDue(Instant.now().plusSeconds(7200)); // a FAILED mail is tried again: no second event

    assertThat(events.ofType(MailFailed.class).matching(failed -> failed.subject().equals(subject)))
        .singleElement()
        .satisfies(failed -> {
          assertThat(failed.attempts()).isEqualTo(2);
          assertThat(failed.error()).containsIgnoringCase("connect");
        });
  }
}
