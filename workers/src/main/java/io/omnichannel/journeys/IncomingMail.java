package io.omnichannel.journeys;

import io.omnichannel.requests.UploadedFile;
import java.util.List;

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
}
