package io.omnichannel.notifications;

import io.omnichannel.documents.DocumentFile;
import io.omnichannel.documents.ManualLibrary;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox over SMTP. A failed send is retried with a growing back-off; after
 * {@code max-attempts} the row is marked FAILED for the watchdog to list, and is still tried every
 * {@code failed-retry-interval} until the mail server takes it (a person can also send it again at
 * once: {@link JdbcMailOutbox#sendAgainNow}). The batch is sent inside the transaction that claimed
 * it, so a mail the server took is marked sent or, if the application dies in between, sent once more.
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
    Integer sent = transaction.execute(status -> claimAndSend(now));
    return sent == null ? 0 : sent;
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
      String status,
      MailAudience audience,
      boolean awaited) {}

  private int claimAndSend(Instant now) {
    List<Pending> due =
        jdbc.sql(
                """
                SELECT id, request_id, recipient, subject, body, html_body, attachment_document_id, attempts, status,
                       audience, awaited
                FROM mail_outbox
                WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now
                ORDER BY next_attempt_at
                LIMIT :batch
                FOR UPDATE SKIP LOCKED
                """)
            .param("now", utc(now))
            .param("batch", BATCH)
            .query(Pending.class)
            .list();
    // one SMTP connection for the whole batch, and each attachment read once: a connection and a
    // document read per mail capped the outbox at a few mails a second
    Map<UUID, DocumentFile> attachments = new HashMap<>();
    Map<MimeMessage, Pending> messages = new LinkedHashMap<>();
    for (Pending mail : due) {
      try {
        messages.put(message(mail, attachments), mail);
      } catch (MessagingException | RuntimeException e) {
        markFailedAttempt(mail, now, e);
      }
    }
    Map<Object, Exception> failed = send(messages.keySet());
    int sent = 0;
    for (Map.Entry<MimeMessage, Pending> message : messages.entrySet()) {
      Exception failure = failed.get(message.getKey());
      if (failure == null) {
        markSent(message.getValue(), now);
        sent++;
      } else {
        markFailedAttempt(message.getValue(), now, failure);
      }
    }
    return sent;
  }

  /** @return the messages that were not sent, with why */
  private Map<Object, Exception> send(Collection<MimeMessage> messages) {
    if (messages.isEmpty()) {
      return Map.of();
    }
    try {
      sender.send(messages.toArray(MimeMessage[]::new));
      return Map.of();
    } catch (MailSendException e) {
      return e.getFailedMessages();
    } catch (MailException e) {
      // e.g. refused login: nothing of the batch went out
      Map<Object, Exception> all = new HashMap<>();
      messages.forEach(message -> all.put(message, e));
      return all;
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
    return message;
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
    boolean failedBefore = "FAILED".equals(mail.status());
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
