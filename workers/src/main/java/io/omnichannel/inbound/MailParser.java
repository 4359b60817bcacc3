package io.omnichannel.inbound;

import io.omnichannel.requests.UploadedFile;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Reads a raw RFC 5322 message. Never trusts its HTML: only the text of sanitised HTML is kept. */
final class MailParser {

  private static final Session SESSION = Session.getInstance(new Properties());

  private MailParser() {}

  static MimeMessage message(byte[] raw) throws MessagingException {
    return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
  }

  /** The Message-ID, or a digest of the whole mail when it has none: the same mail gives the same key. */
  static String key(MimeMessage message, byte[] raw) throws MessagingException {
    String id = message.getMessageID();
    if (id != null && !id.isBlank() && id.length() <= 900) {
      return id.strip();
    }
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static ParsedMail parse(MimeMessage message) throws MessagingException, IOException {
    Address[] from = message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender) || sender.getAddress() == null) {
      throw new MessagingException("the mail has no sender address");
    }
    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder();
    List<UploadedFile> attachments = new ArrayList<>();
    collect(message, plain, html, attachments);
    String text = plain.isEmpty() ? textOfHtml(html.toString()) : plain.toString();
    return new ParsedMail(
        sender.getAddress().strip().toLowerCase(java.util.Locale.ROOT),
        sender.getPersonal(),
        message.getSubject() == null ? "" : message.getSubject().strip(),
        text.strip(),
        attachments);
  }

  /** Sanitised with the basic safelist first (scripts, styles and handlers go), then reduced to its text. */
  static String textOfHtml(String html) {
    if (html.isBlank()) {
      return "";
    }
    String safe = Jsoup.clean(html, Safelist.basic());
    Document document = Jsoup.parseBodyFragment(safe);
    document.select("br").before("\\n");
    document.select("p, li, div").after("\\n");
    return document.text().replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n");
  }

  private static void collect(
      Part part, StringBuilder plain, StringBuilder html, List<UploadedFile> attachments)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), plain, html, attachments);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
      try (InputStream in = part.getInputStream()) {
        attachments.add(new UploadedFile(part.getFileName(), part.getContentType(), in.readAllBytes()));
      }
    } else if (part.isMimeType("text/plain")) {
      plain.append(content(part)).append('\n');
    } else if (part.isMimeType("text/html")) {
      html.append(content(part)).append('\n');
    }
  }

  private static String content(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof String text) {
      return text;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
