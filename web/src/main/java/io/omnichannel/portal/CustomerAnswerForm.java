package io.omnichannel.portal;

import io.omnichannel.requests.CustomerMessage;
import io.omnichannel.requests.ManualRequestSubmission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/** The customer's answer to staff's question on her status page: text, and optionally the missing document. */
public class CustomerAnswerForm {

  private String text;
  private MultipartFile document;

  CustomerMessage toMessage() {
    return new CustomerMessage("answer-form:" + UUID.randomUUID(), text, attachment(), "on your request's page");
  }

  private List<ManualRequestSubmission.Attachment> attachment() {
    if (document == null || document.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(
          new ManualRequestSubmission.Attachment(document.getOriginalFilename(), document.getContentType(), document.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the uploaded document", e);
    }
  }

  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public MultipartFile getDocument() { return document; }
  public void setDocument(MultipartFile document) { this.document = document; }
}
