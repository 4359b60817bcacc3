package io.omnichannel.journeys;

import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.UploadedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inbound e-mail as a journey's mail intake reads it: the sender, the subject and the text only
 * (HTML sanitised away), and the files.
 *
 * @param id unique per mail; an intake uses it for the idempotency key, so a mail read twice opens one request
 */
public record IncomingMail(String id, String senderAddress, String senderName, String subject, String text, List<UploadedFile> attachments) {

  public IncomingMail {
    attachments = List.copyOf(attachments);
  }

  /** The sender's name, or the address when the mail gave none. */
  public String sender() {
    return senderName == null || senderName.isBlank() ? senderAddress : senderName;
  }

  /**
   * The mail as an intake's input of a written request: the sender as name and e-mail, the subject,
   * the text as the message (the subject when the mail had no text), the first file; its id keys
   * the intake, so a mail read twice opens one request.
   */
  public IntakeInput asMessage() {
    String shortSubject = subject.isBlank() ? null : shorten(subject.strip(), 200);
    String message = text.isBlank() ? (shortSubject != null ? shortSubject : "(The e-mail had no text.)") : shorten(text, 10_000);
    Map<String, String> fields = new HashMap<>();
    fields.put("name", shorten(sender(), 200));
    fields.put("email", senderAddress);
    if (shortSubject != null) {
      fields.put("subject", shortSubject);
    }
    fields.put("message", message);
    return new IntakeInput(fields, attachments.isEmpty() ? null : attachments.getFirst(), "email:" + id);
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 10) + " …" : text;
  }
}
