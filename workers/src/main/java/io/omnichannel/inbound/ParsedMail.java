package io.omnichannel.inbound;

import io.omnichannel.requests.UploadedFile;
import java.util.List;

/**
 * An inbound e-mail as the intake uses it: the sender, the subject and the text only (HTML
 * sanitised away), and the files.
 */
record ParsedMail(
    String senderAddress, String senderName, String subject, String text, List<UploadedFile> attachments) {}
