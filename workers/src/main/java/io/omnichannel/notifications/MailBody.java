package io.omnichannel.notifications;

/** A mail's content: the plain text every client can show, and its HTML alternative (null for text-only mails). */
public record MailBody(String text, String html) {

  public static MailBody text(String text) {
    return new MailBody(text, null);
  }
}
