package io.omnichannel.devmail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One message the embedded mail server received, as the dev mailbox shows it. */
record ReceivedMail(
    int index,
    String from,
    List<String> to,
    String subject,
    Instant date,
    List<Attachment> attachments,
    String text) {

  record Attachment(String fileName, String contentType, long size) {}

  static ReceivedMail of(int index, MimeMessage message) {
    try {
      Content content = new Content();
      content.collect(message);
      return new ReceivedMail(
          index,
          addresses(message.getFrom()).stream().findFirst().orElse(""),
          addresses(message.getAllRecipients()),
          message.getSubject() == null ? "" : message.getSubject(),
          date(message),
          List.copyOf(content.attachments),
          content.text.toString());
    } catch (MessagingException e) {
      throw new IllegalStateException("unreadable message #" + index, e);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable message #" + index, e);
    }
  }

  /** The Date header; the arrival time when the sender set none. */
  private static Instant date(MimeMessage message) throws MessagingException {
    java.util.Date date =
        message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
    return date == null ? null : date.toInstant();
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
  }

  /** Walks the MIME tree: text parts become the body, named parts the attachments. */
  private static final class Content {
    private final StringBuilder text = new StringBuilder();
    private final List<Attachment> attachments = new ArrayList<>();

    void collect(Part part) throws MessagingException, IOException {
      if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        attachments.add(new Attachment(part.getFileName(), baseType(part), decodedSize(part)));
      } else if (part.isMimeType("multipart/alternative")) {
        Multipart alternatives = (Multipart) part.getContent();
        // the plain-text alternative when there is one, else the first
        Part chosen = alternatives.getBodyPart(0);
        for (int i = 0; i < alternatives.getCount(); i++) {
          if (alternatives.getBodyPart(i).isMimeType("text/plain")) {
            chosen = alternatives.getBodyPart(i);
          }
        }
        collect(chosen);
      } else if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i));
        }
      } else if (part.isMimeType("text/*")) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(part.getContent());
      }
    }

    private static String baseType(Part part) throws MessagingException {
      return part.getContentType().split(";")[0].trim().toLowerCase();
    }

    private static long decodedSize(Part part) throws MessagingException, IOException {
      try (InputStream in = part.getInputStream()) {
        return in.transferTo(OutputStreamSink.INSTANCE);
      }
    }
  }

  /** Counts bytes without keeping them. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
