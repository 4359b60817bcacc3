package io.omnichannel.requests;

import java.util.List;

/**
 * What a customer wrote to an existing request, from any channel: plain text (HTML already
 * sanitised away) and her files.
 *
 * @param messageId unique per inbound message (the e-mail's id, a form post's id): the process is
 *     moved at most once per message
 * @param via how it came in, for the history, e.g. {@code e-mail}
 */
public record CustomerMessage(
    String messageId, String text, List<UploadedFile> attachments, String via) {

  public CustomerMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
