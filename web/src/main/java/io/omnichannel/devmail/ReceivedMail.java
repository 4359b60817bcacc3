package io.omnichannel.devmail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One message the embedded mail server received, as the dev mailbox shows it. Each part is read on
 * its own: what cannot be read (a broken header, a multipart without its boundary, an unknown
 * charset) is left empty and named in {@code problem}, and the rest still shows.
 *
 * @param problem why (part of) the mail could not be read; null when it read well
 */
record ReceivedMail(
    int index,
    String from,
    List<String> to,
    String subject,
    Instant date,
    List<Attachment> attachments,
    String text,
    String problem) {

  record Attachment(String fileName, String contentType, long size) {}

  public boolean unreadable() {
    return problem != null;
  }

  static ReceivedMail of(int index, MimeMessage message) {
    Problems problems = new Problems();
    String from = problems.read("sender", () -> addresses(message.getFrom()).stream().findFirst().orElse(""), "");
    List<String> to = problems.read("recipients", () -> addresses(message.getAllRecipients()), List.of());
    String subject = problems.read("subject", () -> message.getSubject() == null ? "" : message.getSubject(), "");
    Instant date = problems.read("date", () -> date(message), null);
    Content content = new Content();
    problems.read("content", () -> content.collect(message), null);
    return new ReceivedMail(index, from, to, subject, date, List.copyOf(content.attachments), content.text.toString(), problems.summary());
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

  /** What could not be read, part by part, in words (the parser's message, never a stack trace). */
  private static final class Problems {
    private final List<String> found = new ArrayList<>();

    interface Reading<T> {
      T read() throws MessagingException, IOException;
    }

    <T> T read(String part, Reading<T> reading, T otherwise) {
      try {
        return reading.read();
      } catch (MessagingException | IOException | RuntimeException e) {
        found.add("the " + part + " could not be read (" + (e.getMessage() == null ? "no reason given" : e.getMessage()) + ")");
        return otherwise;
      }
    }

    String summary() {
      return found.isEmpty() ? null : String.join("; ", found);
    }
  }

  /** Walks the MIME tree: text parts become the body, named parts the attachments. */
  private static final class Content {
    private final StringBuilder text = new StringBuilder();
    private final List<Attachment> attachments = new ArrayList<>();

    Void collect(Part part) throws MessagingException, IOException {
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
      return null;
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
