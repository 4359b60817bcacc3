package io.omnichannel.notifications;

import io.omnichannel.documents.DocumentFile;
import io.omnichannel.documents.ManualLibrary;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox over SMTP. A failed send is retried with a growing back-off; after
 * {@code max-attempts} the row is marked FAILED for the watchdog to list, and is still tried every
 * {@code failed-retry-interval} until the mail server takes it (a person can also send it again at
 * once: {@link JdbcMailOutbox#sendAgainNow}). A batch is claimed (SENDING) in a short
 * transaction, each mail is marked sent right after the server took it, and rows a dead instance
 * left SENDING are taken again after a lease: several instances share the outbox, and a crash can
 * repeat at most the mail in flight.
 */
@Component
public class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final int BATCH = 20;
  private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  private static final Duration MAX_RETRY = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final JavaMailSender sender;
  private final ManualLibrary documents;
  private final ApplicationEventPublisher events;
  private final MailProperties properties;
  private final Clock clock;

  MailDispatcher(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      JavaMailSender sender,
      ManualLibrary documents,
      ApplicationEventPublisher events,
      MailProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.sender = sender;
    this.documents = documents;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${orchestrator.mail.dispatch-interval:200ms}")
  void sendOnSchedule() {
    if (properties.outboxEnabled()) {
      // a full batch means more are due: go on at once rather than cap the mails at one batch per round
      int sent;
      do {
        sent = sendDue(clock.instant());
      } while (sent == BATCH);
    }
  }

  /** @return how many mails were sent */
  public int sendDue(Instant now) {
    List<Pending> claimed = transaction.execute(status -> claim(now));
    if (claimed == null || claimed.isEmpty()) {
      return 0;
    }
    // each attachment read once per batch: a document read per mail capped the outbox at a few mails a second
    Map<UUID, DocumentFile> attachments = new HashMap<>();
    int sent = 0;
    try (Connection smtp = new Connection()) {
      for (Pending mail : claimed) {
        MimeMessage message;
        try {
          message = message(mail, attachments);
        } catch (MessagingException | RuntimeException e) {
          transaction.executeWithoutResult(status -> markFailedAttempt(mail, now, e));
          continue;
        }
        try {
          smtp.send(message);
        } catch (MessagingException | RuntimeException e) { // Spring's MailException included
          transaction.executeWithoutResult(status -> markFailedAttempt(mail, now, e));
          continue;
        }
        // committed at once: only a crash in the instant between the server's acceptance and
        // this commit can send a mail twice (and the repeat carries the same Message-ID)
        transaction.executeWithoutResult(status -> markSent(mail, now));
        sent++;
      }
    }
    return sent;
  }

  private record Pending(
      UUID id,
      UUID requestId,
      String recipient,
      String subject,
      String body,
      String htmlBody,
      UUID attachmentDocumentId,
      int attempts,
      MailAudience audience,
      boolean awaited,
      OffsetDateTime nextAttemptAt,
      long seq) {}

  /**
   * Marks a batch SENDING in one short transaction, so no other instance takes it while this one
   * sends. Rows a dead instance left SENDING are taken again after {@link MailProperties#sendingLease()}.
   */
  private List<Pending> claim(Instant now) {
    return jdbc.sql(
            """
            UPDATE mail_outbox SET status = 'SENDING', claimed_at = :now
            WHERE id IN (
              SELECT id FROM mail_outbox
              WHERE (status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now)
                 OR (status = 'SENDING' AND claimed_at < :staleBefore)
              ORDER BY next_attempt_at, seq
              LIMIT :batch
              FOR UPDATE SKIP LOCKED)
            RETURNING id, request_id, recipient, subject, body, html_body, attachment_document_id, attempts, audience, awaited,
                      next_attempt_at, seq
            """)
        .param("now", utc(now))
        .param("staleBefore", utc(now.minus(properties.sendingLease())))
        .param("batch", BATCH)
        .query(Pending.class)
        .list()
        .stream()
        .sorted(Comparator.comparing(Pending::nextAttemptAt).thenComparingLong(Pending::seq)) // RETURNING has no order
        .toList();
  }

  /**
   * One SMTP connection for a batch when the sender is Spring's JavaMailSenderImpl (opening one per
   * mail capped the outbox at a few mails a second), each mail handed over on its own so its state
   * is committed right after. Once the connection fails, the rest of the batch fails with it
   * instead of waiting out a timeout each.
   */
  private final class Connection implements AutoCloseable {
    private Transport transport;
    private MessagingException broken;

    void send(MimeMessage message) throws MessagingException {
      if (!(sender instanceof JavaMailSenderImpl smtp)) {
        sender.send(message);
        return;
      }
      if (broken != null) {
        throw broken;
      }
      try {
        if (transport == null) {
          transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
          transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        }
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        if (!(e instanceof SendFailedException)) {
          broken = e; // the connection, not this message's recipients
        }
        throw e;
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the mails are handed over; a failing QUIT changes nothing
        }
      }
    }
  }

  private MimeMessage message(Pending mail, Map<UUID, DocumentFile> attachments) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    // multipart when there is a file or an HTML alternative to the text
    var helper = new MimeMessageHelper(message, mail.attachmentDocumentId() != null || mail.htmlBody() != null, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    if (mail.htmlBody() == null) {
      helper.setText(mail.body(), false);
    } else {
      helper.setText(mail.body(), mail.htmlBody());
    }
    if (mail.attachmentDocumentId() != null) {
      DocumentFile file =
          attachments.computeIfAbsent(
              mail.attachmentDocumentId(),
              id -> documents.file(id).orElseThrow(() -> new NoSuchElementException("no document " + id)));
      helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.mediaType());
    }
    message.setSentDate(new java.util.Date());
    message.saveChanges(); // after the last part: it writes every part's headers
    // the outbox row's id: a mail ever sent again is recognisably the same mail
    message.setHeader("Message-ID", "<" + mail.id() + "@" + domainOf(properties.from()) + ">");
    return message;
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "omnichannel.local" : address.substring(at + 1).replace(">", "").strip();
  }

  private void markSent(Pending mail, Instant now) {
    jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
        .param("now", utc(now))
        .param("id", mail.id())
        .update();
    events.publishEvent(new MailSent(mail.id(), mail.requestId(), mail.recipient(), mail.subject(), mail.audience(), mail.awaited()));
  }

  private void markFailedAttempt(Pending mail, Instant now, Exception e) {
    int attempts = mail.attempts() + 1;
    boolean failedBefore = mail.attempts() >= properties.maxAttempts();
    boolean failsNow = !failedBefore && attempts >= properties.maxAttempts();
    boolean failed = failedBefore || failsNow;
    log.warn(
        "Sending mail {} to {} failed (attempt {}{}): {}",
        mail.id(), mail.recipient(), attempts, failed ? "; FAILED, tried again every " + properties.failedRetryInterval() : "", e.toString());
    jdbc.sql(
            """
            UPDATE mail_outbox SET attempts = :attempts, status = :status, next_attempt_at = :next, last_error = :error
            WHERE id = :id
            """)
        .param("attempts", attempts)
        .param("status", failed ? "FAILED" : "PENDING")
        .param("next", utc(now.plus(failed ? properties.failedRetryInterval() : backoff(attempts))))
        .param("error", describe(e))
        .param("id", mail.id())
        .update();
    if (failsNow) {
      events.publishEvent(new MailFailed(mail.id(), mail.requestId(), mail.recipient(), mail.subject(), mail.audience(), attempts, describe(e)));
    }
  }

  static Duration backoff(int attempts) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
  }

  private static String describe(Throwable e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (e.getCause() != null) {
      text += " (caused by " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")";
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
