package io.omnichannel.portal;

import io.omnichannel.requests.CustomerMessage;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/** The customer's answer to staff's question on her status page: text, and optionally the missing document. */
public class CustomerAnswerForm {

  private String text;
  private MultipartFile document;

  CustomerMessage toMessage() {
    return new CustomerMessage(
        "answer-form:" + UUID.randomUUID(), text, Uploads.attachment(document).stream().toList(), "on your request's page");
  }

  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public MultipartFile getDocument() { return document; }
  public void setDocument(MultipartFile document) { this.document = document; }
}
