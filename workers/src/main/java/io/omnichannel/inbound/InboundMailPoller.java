package io.omnichannel.inbound;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the unseen mails of the intake mailbox over IMAP and hands each to the intake. A mail is
 * flagged seen only after it is taken in (or kept as failed), so a crash in between means it is
 * read again, and the intake's unique message key makes that harmless. Off when no IMAP host is set.
 */
@Component
public class InboundMailPoller {

  private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);

  private final InboundMailIntake intake;
  private final ImapProperties mailbox;

  InboundMailPoller(InboundMailIntake intake, ImapProperties mailbox) {
    this.intake = intake;
    this.mailbox = mailbox;
  }

  public boolean enabled() {
    return mailbox.enabled();
  }

  @Scheduled(fixedDelayString = "${orchestrator.mail.imap.poll-interval:10s}", initialDelayString = "${orchestrator.mail.imap.poll-interval:10s}")
  void pollOnSchedule() {
    if (!enabled()) {
      return;
    }
    try {
      pollOnce();
    } catch (RuntimeException e) {
      // the mail server or the database is down: the mails wait in the mailbox for the next round
      log.warn("Reading the intake mailbox failed: {}", e.toString());
    }
  }

  /** @return how many mails were taken in this round (including ones kept as failed) */
  public synchronized int pollOnce() {
    Properties properties = new Properties();
    properties.put("mail.imap.connectiontimeout", "5000");
    properties.put("mail.imap.timeout", "10000");
    // reading a mail must not flag it seen: only a mail that was taken in is
    properties.put("mail.imap.peek", "true");
    try {
      Store store = Session.getInstance(properties).getStore("imap");
      store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
      try (store) {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        try {
          int taken = 0;
          for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            intake.take(raw(message));
            message.setFlag(Flags.Flag.SEEN, true);
            taken++;
          }
          return taken;
        } finally {
          inbox.close(false);
        }
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("could not read the intake mailbox " + mailbox.user() + " at " + mailbox.host() + ":" + mailbox.port(), e);
    }
  }

  private static byte[] raw(Message message) throws MessagingException, IOException {
    var out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }
}
