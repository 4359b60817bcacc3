package io.omnichannel.inbound;

import io.omnichannel.journeys.IncomingMail;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.MailIntake;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.requests.CustomerMessage;
import io.omnichannel.requests.CustomerMessages;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one inbound mail in, exactly once: a reply naming a known reference joins that request
 * (and answers its open question); any other mail goes to the journeys' mail intakes in their
 * order, and the first that reads it opens a request of its type (the journey that takes every
 * mail makes sure each has an owner). A mail that cannot be taken in is kept whole with the error,
 * never dropped.
 */
@Service
public class InboundMailIntake {

  private static final Logger log = LoggerFactory.getLogger(InboundMailIntake.class);
  static final Pattern REFERENCE = Pattern.compile("\\bSR-\\d{4}-\\d{6}\\b");

  public enum Outcome { APPENDED, OPENED, FAILED, ALREADY_TAKEN }

  private final InboundMails mails;
  private final CustomerMessages customerMessages;
  private final Journeys journeys;
  private final TransactionTemplate transaction;
  private final Clock clock;

  InboundMailIntake(
      InboundMails mails, CustomerMessages customerMessages, Journeys journeys, TransactionTemplate transaction, Clock clock) {
    this.mails = mails;
    this.customerMessages = customerMessages;
    this.journeys = journeys;
    this.transaction = transaction;
    this.clock = clock;
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
    IncomingMail incoming =
        new IncomingMail(id.toString(), mail.senderAddress(), mail.senderName(), mail.subject(), mail.text(), mail.attachments());
    for (MailIntake rule : journeys.mailIntakes()) {
      Optional<IntakeInput> input = rule.reader().read(incoming);
      if (input.isPresent()) {
        UUID requestId = open(rule.requestType(), input.get());
        mails.settle(id, InboundMailState.OPENED, requestId, reference.map(r -> "unknown reference " + r).orElse(null));
        return Outcome.OPENED;
      }
    }
    throw new IllegalStateException("no journey takes this mail in: register a mail intake that takes every mail");
  }

  /** Opens the request; a file the intake refuses is left out (the raw mail keeps it), so it does not hold the request up. */
  private UUID open(String requestType, IntakeInput input) {
    RequestType type =
        journeys.type(requestType).orElseThrow(() -> new IllegalStateException("a mail intake names the unknown request type " + requestType));
    try {
      return type.intake().submit(input, IntakeChannel.EMAIL).id();
    } catch (InvalidSubmissionException e) {
      if (input.attachment() == null || !e.fieldErrors().containsKey("attachment") || e.fieldErrors().size() > 1) {
        throw e;
      }
      return type.intake().submit(input.withAttachment(null), IntakeChannel.EMAIL).id();
    }
  }

  static Optional<String> reference(ParsedMail mail) {
    Matcher inSubject = REFERENCE.matcher(mail.subject());
    if (inSubject.find()) {
      return Optional.of(inSubject.group());
    }
    Matcher inText = REFERENCE.matcher(mail.text());
    return inText.find() ? Optional.of(inText.group()) : Optional.empty();
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
