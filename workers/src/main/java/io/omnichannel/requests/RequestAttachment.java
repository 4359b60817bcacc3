package io.omnichannel.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file the customer sent with a request, e.g. a photo or PDF of the receipt. */
@Entity
@Table(name = "request_attachments")
class RequestAttachment {

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

  @Column(name = "created_at")
  private Instant createdAt;

  protected RequestAttachment() {}

  RequestAttachment(UUID requestId, String fileName, String mediaType, byte[] content, String extractedText, Instant now) {
    this.requestId = requestId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = content.length;
    this.content = content;
    this.extractedText = extractedText;
    this.createdAt = now;
  }

  RequestDetails.Attachment metadata() {
    return new RequestDetails.Attachment(id, fileName, mediaType, sizeBytes, extractedText, createdAt);
  }

  AttachmentFile file() {
    return new AttachmentFile(id, fileName, mediaType, content);
  }

  UUID requestId() {
    return requestId;
  }
}
