package io.omnichannel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

class MailDispatcherTest extends ServiceCoreTest {

  @Autowired JdbcMailOutbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ManualLibrary documents;
  @Autowired ApplicationEventPublisher events;
  @Autowired JavaMailSender sender;

  @Test
  void enqueueingTheSameDedupKeyTwiceQueuesOneMail() {
    String key = "test:" + UUID.randomUUID();
    var mail = OutboundMail.toStaff(key, null, "someone@example.com", "Hello", "Body");

    assertThat(outbox.enqueue(mail)).isTrue();
    assertThat(outbox.enqueue(mail)).isFalse();
    assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE dedup_key = :k").param("k", key).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void unreachableMailServerIsRetriedWithBackoffThenTheMailIsMarkedFailedAndListed_andSentWhenTheServerIsBack() {
    dispatcher.sendDue(Instant.now()); // whatever other tests left pending goes out through the working server first
    MailDispatcher broken = dispatcherOnAClosedPort(3);
    String key = "test:" + UUID.randomUUID();
    outbox.enqueue(OutboundMail.toStaff(key, null, "lost@example.com", "Your manual", "Body"));
    Instant now = Instant.now();

    broken.sendDue(now);
    MailOutboxEntry afterFirst = entry(key);
    broken.sendDue(now); // not due again before the backoff has passed
    MailOutboxEntry stillFirst = entry(key);
    broken.sendDue(now.plus(Duration.ofHours(1)));
    broken.sendDue(now.plus(Duration.ofHours(2)));

    assertThat(afterFirst.status()).isEqualTo("PENDING");
    assertThat(afterFirst.attempts()).isEqualTo(1);
    assertThat(afterFirst.lastError()).isNotBlank();
    assertThat(stillFirst.attempts()).isEqualTo(1);
    MailOutboxEntry failed = entry(key);
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(failed.lastError()).containsIgnoringCase("connect");
    assertThat(outbox.failedMails()).extracting(MailOutboxEntry::dedupKey).contains(key);

    // still down: tried again at the slower pace, still FAILED
    broken.sendDue(now.plus(Duration.ofHours(3)));
    assertThat(entry(key).status()).isEqualTo("FAILED");
    assertThat(entry(key).attempts()).isEqualTo(4);

    // the mail server is back: the next retry sends it
    dispatcher.sendDue(now.plus(Duration.ofHours(4)));
    MailOutboxEntry sent = entry(key);
    assertThat(sent.status()).isEqualTo("SENT");
    assertThat(sent.attempts()).isEqualTo(5);
    assertThat(sent.lastError()).isNull();
    assertThat(outbox.failedMails()).extracting(MailOutboxEntry::dedupKey).doesNotContain(key);
  }

  @Test
  void aPersonCanSendAFailedMailAgainAtOnce() {
    dispatcher.sendDue(Instant.now());
    String key = "test:" + UUID.randomUUID();
    outbox.enqueue(OutboundMail.toStaff(key, null, "later@example.com", "Your answer", "Body"));
    Instant now = Instant.now();
    MailDispatcher broken = dispatcherOnAClosedPort(1);
    broken.sendDue(now);
    UUID id = entry(key).id();
    assertThat(entry(key).status()).isEqualTo("FAILED");

    dispatcher.sendDue(now); // the server is back, but the mail's next retry is 15 minutes away
    assertThat(entry(key).status()).isEqualTo("FAILED");
    assertThat(outbox.sendAgainNow(id)).isTrue();
    dispatcher.sendDue(Instant.now());

    assertThat(entry(key).status()).isEqualTo("SENT");
    assertThat(outbox.sendAgainNow(id)).as("sent: nothing to send again").isFalse();
  }

  @Test
  void twoInstancesSendingAtOnceSendEachMailOnce() throws Exception {
    dispatcher.sendDue(Instant.now());
    String recipient = "twice-" + unique() + "@example.com";
    for (int i = 0; i < 60; i++) {
      outbox.enqueue(OutboundMail.toStaff("test-two:" + recipient + ":" + i, null, recipient, "Mail " + i, "Body " + i));
    }
    MailDispatcher other =
        new MailDispatcher(jdbc, transaction, sender, documents, events, new MailProperties("service@shop.example", 10, Duration.ofMinutes(15), true, Duration.ofMinutes(5)), Clock.systemUTC());

    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
      var first = pool.submit(() -> drain(dispatcher));
      var second = pool.submit(() -> drain(other));
      assertThat(first.get() + second.get()).isEqualTo(60);
    }

    var received = TestInfrastructure.greenMail().getReceivedMessagesForDomain("example.com");
    List<String> ids = new java.util.ArrayList<>();
    for (var message : received) {
      if (message.getAllRecipients()[0].toString().equals(recipient)) {
        ids.add(message.getMessageID());
      }
    }
    assertThat(ids).hasSize(60).doesNotHaveDuplicates();
  }

  @Test
  void aMailAnInstanceDiedWhileSendingIsSentByAnotherAfterTheLease() {
    dispatcher.sendDue(Instant.now());
    String key = "test:" + UUID.randomUUID();
    outbox.enqueue(OutboundMail.toStaff(key, null, "orphan@example.com", "Orphaned", "Body"));
    jdbc.sql("UPDATE mail_outbox SET status = 'SENDING', claimed_at = now() WHERE dedup_key = :k").param("k", key).update();

    dispatcher.sendDue(Instant.now());
    assertThat(entry(key).status()).as("another instance may still be sending it").isEqualTo("SENDING");
    dispatcher.sendDue(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(1));

    assertThat(entry(key).status()).isEqualTo("SENT");
  }

  private static int drain(MailDispatcher dispatcher) {
    int total = 0;
    for (int round = 0; round < 50; round++) {
      total += dispatcher.sendDue(Instant.now());
    }
    return total;
  }

  private MailDispatcher dispatcherOnAClosedPort(int maxAttempts) {
    var closedPort = new JavaMailSenderImpl();
    closedPort.setHost("127.0.0.1");
    closedPort.setPort(TestInfrastructure.freePort());
    return new MailDispatcher(
        jdbc, transaction, closedPort, documents, events,
        new MailProperties("service@shop.example", maxAttempts, Duration.ofMinutes(15), true, Duration.ofMinutes(5)), Clock.systemUTC());
  }

  @Test
  void backoffGrowsAndIsCapped() {
    assertThat(MailDispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(MailDispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(MailDispatcher.backoff(30)).isEqualTo(Duration.ofMinutes(5));
  }

  private MailOutboxEntry entry(String key) {
    return jdbc.sql(
            "SELECT id, dedup_key, request_id, recipient, subject, status, attempts, last_error, created_at, sent_at FROM mail_outbox WHERE dedup_key = :k")
        .param("k", key)
        .query(MailOutboxEntry.class)
        .single();
  }
}
