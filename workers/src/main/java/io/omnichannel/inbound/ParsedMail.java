package io.omnichannel.inbound;

import io.omnichannel.requests.PlainText;
import io.omnichannel.requests.UploadedFile;
import java.util.List;

/**
 * An inbound e-mail as the intake uses it: the sender, the subject and the text only (HTML
 * sanitised away), and the files. A mail is taken as it came, so the control characters text cannot
 * hold ({@link PlainText}) are left out rather than refusing the mail.
 */
record ParsedMail(
    String senderAddress, String senderName, String subject, String text, List<UploadedFile> attachments) {

  ParsedMail {
    senderAddress = PlainText.withoutControlCharacters(senderAddress);
    senderName = PlainText.withoutControlCharacters(senderName);
    subject = PlainText.withoutControlCharacters(subject);
    text = PlainText.withoutControlCharacters(text);
  }
}
