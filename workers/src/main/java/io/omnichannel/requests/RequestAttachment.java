package io.omnichannel.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A file the customer sent with a request, e.g. a photo or PDF of the receipt. */
@Entity
@Table(name = "request_attachments")
class RequestAttachment extends AbstractAggregateRoot<RequestAttachment> {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(name = "request_id")
  private UUID requestId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private byte[] content;

  @Column(name = "extracted_text")
  private String extractedText;

  @Column(name = "text_problem")
  private String textProblem;

  @Column(name = "text_read_at")
  private Instant textReadAt;

  @Column(name = "created_at")
  private Instant createdAt;

  protected RequestAttachment() {}

  RequestAttachment(UUID requestId, AttachmentInspector.Inspected file, Instant now) {
    this.requestId = requestId;
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.sizeBytes = file.content().length;
    this.content = file.content();
    this.createdAt = now;
    if (AttachmentInspector.PDF.equals(mediaType)) {
      registerEvent(new PdfAttachmentStored(requestId));
    }
  }

  RequestDetails.Attachment metadata() {
    return new RequestDetails.Attachment(id, fileName, mediaType, sizeBytes, extractedText, textProblem, createdAt);
  }

  AttachmentFile file() {
    return new AttachmentFile(id, fileName, mediaType, content);
  }

  UUID id() {
    return id;
  }

  byte[] content() {
    return content;
  }

  UUID requestId() {
    return requestId;
  }
}
