package io.omnichannel.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads a mailbox over real IMAP, the way a customer's mail client would. GreenMail creates a
 * mailbox on first delivery whose login and password are the address itself.
 */
public final class ImapMailbox {

  private final String host;
  private final int port;
  private final String user;
  private final String password;

  public ImapMailbox(String host, int port, String user, String password) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /** The mailbox GreenMail created for an address on first delivery. */
  public static ImapMailbox autoCreated(String host, int port, String address) {
    return new ImapMailbox(host, port, address, address);
  }

  public List<ReceivedMail> messages() {
    Properties properties = new Properties();
    properties.put("mail.imap.connectiontimeout", "5000");
    properties.put("mail.imap.timeout", "5000");
    try {
      Store store = Session.getInstance(properties).getStore("imap");
      try {
        store.connect(host, port, user, password);
      } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
        return List.of();
      }
      try (store) {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        try {
          List<ReceivedMail> mails = new ArrayList<>();
          for (Message message : inbox.getMessages()) {
            mails.add(read(message));
          }
          return mails;
        } finally {
          inbox.close(false);
        }
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("could not read mailbox " + user + " over IMAP", e);
    }
  }

  private static ReceivedMail read(Message message) throws MessagingException, IOException {
    StringBuilder text = new StringBuilder();
    List<Attachment> attachments = new ArrayList<>();
    collect(message, text, attachments);
    return new ReceivedMail(
        message.getSubject(),
        message.getFrom() == null ? "" : message.getFrom()[0].toString(),
        text.toString(),
        attachments);
  }

  private static void collect(Part part, StringBuilder text, List<Attachment> attachments)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, text, attachments);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
      try (InputStream in = part.getInputStream()) {
        attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
      }
    } else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
      text.append(part.getContent()).append('\n');
    }
  }

  public record ReceivedMail(String subject, String from, String text, List<Attachment> attachments) {}

  public record Attachment(String fileName, String contentType, byte[] content) {}
}
