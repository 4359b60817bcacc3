package io.omnichannel.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything staff see about a request: what was asked, by whom, and its whole history. */
public record RequestDetails(
    UUID id,
    String reference,
    String type,
    String channel,
    RequestStatus status,
    UUID customerId,
    String contactName,
    String contactEmail,
    String customerNumber,
    String orderNumber,
    String typeNumber,
    String message,
    Instant createdAt,
    Instant updatedAt,
    Instant expectedBy,
    Instant closedAt,
    String resolution,
    List<Attachment> attachments,
    List<TimelineEntry> events,
    String subject) {

  /**
   * @param extractedText the text of a PDF once read; null for images, PDFs not read yet and PDFs
   *     that could not be read
   * @param textProblem why the text of a PDF could not be read; null otherwise
   */
  public record Attachment(
      UUID id, String fileName, String mediaType, long sizeBytes, String extractedText, String textProblem, Instant createdAt) {

    public boolean isPdf() {
      return AttachmentInspector.PDF.equals(mediaType);
    }
  }
}
