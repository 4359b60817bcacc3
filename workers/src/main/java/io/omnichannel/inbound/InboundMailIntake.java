package io.omnichannel.inbound;

import io.omnichannel.requests.CustomerMessage;
import io.omnichannel.requests.CustomerMessages;
import io.omnichannel.requests.CustomerRequestIntake;
import io.omnichannel.requests.CustomerRequestSubmission;
import io.omnichannel.requests.CustomerRequestType;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.ManualRequestIntake;
import io.omnichannel.requests.ManualRequestSubmission;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one inbound mail in, exactly once: a reply naming a known reference joins that request
 * (and answers its open question); a mail asking for a manual with a type number opens a manual
 * request; anything else opens a general question for the service centre, so every mail has an
 * owner. A mail that cannot be taken in is kept whole with the error, never dropped.
 */
@Service
public class InboundMailIntake {

  private static final Logger log = LoggerFactory.getLogger(InboundMailIntake.class);
  static final Pattern REFERENCE = Pattern.compile("\\bSR-\\d{4}-\\d{6}\\b");
  // type plates read like KM-5500, DG-220, CF-80, HB-12
  private static final Pattern TYPE_NUMBER = Pattern.compile("\\b(?!SR-)[A-Z]{1,4}-\\d{1,5}[A-Z]?\\b");
  private static final Pattern ASKS_FOR_MANUAL = Pattern.compile("manual|anleitung|instructions", Pattern.CASE_INSENSITIVE);

  public enum Outcome { APPENDED, OPENED, FAILED, ALREADY_TAKEN }

  private final InboundMails mails;
  private final CustomerMessages customerMessages;
  private final ManualRequestIntake manualRequests;
  private final CustomerRequestIntake customerRequests;
  private final TransactionTemplate transaction;
  private final Clock clock;

  InboundMailIntake(
      InboundMails mails,
      CustomerMessages customerMessages,
      ManualRequestIntake manualRequests,
      CustomerRequestIntake customerRequests,
      TransactionTemplate transaction,
      ObjectProvider<Clock> clock) {
    this.mails = mails;
    this.customerMessages = customerMessages;
    this.manualRequests = manualRequests;
    this.customerRequests = customerRequests;
    this.transaction = transaction;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public Outcome take(byte[] raw) {
    MimeMessage message;
    String key;
    try {
      message = MailParser.message(raw);
      key = MailParser.key(message, raw);
    } catch (MessagingException e) {
      return keepFailed(raw, "sha256-unreadable:" + UUID.nameUUIDFromBytes(raw), null, null, e);
    }
    if (mails.exists(key)) {
      return Outcome.ALREADY_TAKEN;
    }
    UUID id = UUID.randomUUID();
    try {
      return transaction.execute(status -> route(id, key, raw, message));
    } catch (RuntimeException e) {
      return keepFailed(raw, key, sender(message), subject(message), e);
    }
  }

  private Outcome route(UUID id, String key, byte[] raw, MimeMessage message) {
    ParsedMail mail;
    try {
      mail = MailParser.parse(message);
    } catch (MessagingException | IOException e) {
      throw new UnreadableMailException(e);
    }
    if (!mails.claim(id, key, mail.senderAddress(), mail.subject(), raw, clock.instant())) {
      return Outcome.ALREADY_TAKEN;
    }
    Optional<String> reference = reference(mail);
    if (reference.isPresent()) {
      var appended =
          customerMessages.appendByReference(
              reference.get(), new CustomerMessage(id.toString(), mail.text(), mail.attachments(), "e-mail"));
      if (appended.isPresent()) {
        mails.settle(id, InboundMailState.APPENDED, appended.get().requestId(), null);
        return Outcome.APPENDED;
      }
    }
    Optional<String> typeNumber = manualAskedFor(mail);
    if (typeNumber.isPresent()) {
      UUID requestId = openManualRequest(id, mail, typeNumber.get());
      mails.settle(id, InboundMailState.OPENED, requestId, null);
      return Outcome.OPENED;
    }
    // every mail gets an owner: anything else is a general question in the service centre's queue
    UUID requestId = openGeneralQuestion(id, mail);
    mails.settle(id, InboundMailState.OPENED, requestId, reference.map(r -> "unknown reference " + r).orElse(null));
    return Outcome.OPENED;
  }

  private UUID openGeneralQuestion(UUID id, ParsedMail mail) {
    String subject = mail.subject().isBlank() ? null : shorten(mail.subject().strip(), 200);
    String text = mail.text().isBlank() ? (subject != null ? subject : "(The e-mail had no text.)") : shorten(mail.text(), 10_000);
    var submission =
        new CustomerRequestSubmission(
            CustomerRequestType.GENERAL_QUESTION, senderName(mail), mail.senderAddress(), null, null, subject, text,
            null, null, firstFile(mail.attachments()), "email:" + id);
    try {
      return customerRequests.submitByEmail(submission).id();
    } catch (InvalidSubmissionException e) {
      if (!e.fieldErrors().containsKey("attachment") || e.fieldErrors().size() > 1) {
        throw e;
      }
      // the raw mail keeps the file; the request is not held up by it
      return customerRequests.submitByEmail(submission.withoutAttachment()).id();
    }
  }

  private static String senderName(ParsedMail mail) {
    return mail.senderName() == null || mail.senderName().isBlank() ? mail.senderAddress() : shorten(mail.senderName(), 200);
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 10) + " …" : text;
  }

  private UUID openManualRequest(UUID id, ParsedMail mail, String typeNumber) {
    String name = mail.senderName() == null || mail.senderName().isBlank() ? mail.senderAddress() : mail.senderName();
    String text = mail.text().length() > 10_000 ? mail.text().substring(0, 9_990) + " …" : mail.text();
    var submission =
        new ManualRequestSubmission(
            name, mail.senderAddress(), null, null, typeNumber, text, firstFile(mail.attachments()), "email:" + id);
    try {
      return manualRequests.submitByEmail(submission).id();
    } catch (InvalidSubmissionException e) {
      if (!e.fieldErrors().containsKey("attachment") || e.fieldErrors().size() > 1) {
        throw e;
      }
      // the raw mail keeps the file; the request is not held up by it
      return manualRequests.submitByEmail(
              new ManualRequestSubmission(name, mail.senderAddress(), null, null, typeNumber, text, null, "email:" + id))
          .id();
    }
  }

  private static ManualRequestSubmission.Attachment firstFile(List<ManualRequestSubmission.Attachment> attachments) {
    return attachments.isEmpty() ? null : attachments.getFirst();
  }

  static Optional<String> reference(ParsedMail mail) {
    Matcher inSubject = REFERENCE.matcher(mail.subject());
    if (inSubject.find()) {
      return Optional.of(inSubject.group());
    }
    Matcher inText = REFERENCE.matcher(mail.text());
    return inText.find() ? Optional.of(inText.group()) : Optional.empty();
  }

  static Optional<String> manualAskedFor(ParsedMail mail) {
    String all = mail.subject() + "\n" + mail.text();
    if (!ASKS_FOR_MANUAL.matcher(all).find()) {
      return Optional.empty();
    }
    Matcher type = TYPE_NUMBER.matcher(all.toUpperCase(Locale.ROOT));
    return type.find() ? Optional.of(type.group()) : Optional.empty();
  }

  private Outcome keepFailed(byte[] raw, String key, String sender, String subject, Exception cause) {
    log.warn("Inbound mail {} could not be taken in; kept as FAILED: {}", key, cause.toString());
    return transaction.execute(
        status -> {
          UUID id = UUID.randomUUID();
          if (!mails.claim(id, key, sender, subject, raw, clock.instant())) {
            return Outcome.ALREADY_TAKEN;
          }
          String error = cause instanceof UnreadableMailException ? cause.getCause().toString() : cause.toString();
          mails.settle(id, InboundMailState.FAILED, null, error.length() > 2000 ? error.substring(0, 2000) : error);
          return Outcome.FAILED;
        });
  }

  private static String sender(MimeMessage message) {
    try {
      return message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
    } catch (MessagingException e) {
      return null;
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return null;
    }
  }

  private static final class UnreadableMailException extends RuntimeException {
    UnreadableMailException(Exception cause) {
      super(cause);
    }
  }
}
