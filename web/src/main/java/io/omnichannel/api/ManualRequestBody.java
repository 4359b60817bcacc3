package io.omnichannel.api;

import io.omnichannel.requests.ManualRequestSubmission;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Base64;
import java.util.Map;

/** The body of {@code POST /api/v1/requests/manual}. Unknown fields are ignored. */
@Schema(description = "A customer's request for the manual of an appliance she bought.")
record ManualRequestBody(
    @Schema(description = "The customer's name", example = "Maria Keller", requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(description = "Where we answer", example = "maria.keller@example.com", requiredMode = Schema.RequiredMode.REQUIRED) String email,
    @Schema(description = "Matches the purchase automatically when known", example = "K-100234") String customerNumber,
    @Schema(description = "Online order or till receipt number", example = "W-2026-7781") String orderNumber,
    @Schema(description = "From the appliance's type plate", example = "KM-5500", requiredMode = Schema.RequiredMode.REQUIRED) String typeNumber,
    @Schema(description = "Anything the customer wants to add", example = "The printed manual is far too thin.") String message,
    @Schema(description = "Where the customer asked, in the integration's words; kept in the request's history", example = "online-shop")
        String channel,
    @Schema(description = "A photo or PDF of the receipt; at most 5 MB decoded") AttachmentBody attachment) {

  static final int MAX_CHANNEL_LENGTH = 50;
  private static final int MAX_BYTES = 5 * 1024 * 1024;
  // longest Base64 text that can decode to MAX_BYTES; anything longer is refused without decoding
  private static final int MAX_BASE64_CHARS = (MAX_BYTES + 2) / 3 * 4;

  @Schema(name = "AttachmentUpload", description = "A file, Base64-encoded. Its content decides its type: PDF, JPEG or PNG.")
  record AttachmentBody(
      @Schema(example = "receipt.pdf") String fileName,
      @Schema(description = "Only a hint; the content decides", example = "application/pdf") String mediaType,
      @Schema(description = "The file's bytes, Base64 (RFC 4648)", requiredMode = Schema.RequiredMode.REQUIRED) String contentBase64) {}

  /**
   * The submission for the intake; a problem with the attachment's encoding or the channel goes
   * into {@code errors} (the intake checks everything else).
   */
  ManualRequestSubmission toSubmission(Map<String, String> errors) {
    if (channel != null && channel.strip().length() > MAX_CHANNEL_LENGTH) {
      errors.put("channel", "A channel has at most " + MAX_CHANNEL_LENGTH + " characters.");
    }
    return new ManualRequestSubmission(name, email, customerNumber, orderNumber, typeNumber, message, attachment(errors), null);
  }

  private ManualRequestSubmission.Attachment attachment(Map<String, String> errors) {
    if (attachment == null) {
      return null;
    }
    String base64 = attachment.contentBase64() == null ? "" : attachment.contentBase64().replaceAll("\\s", "");
    if (base64.isEmpty()) {
      errors.put("attachment", "Please send the file's content in attachment.contentBase64.");
      return null;
    }
    if (base64.length() > MAX_BASE64_CHARS) {
      errors.put("attachment", "The file is larger than 5 MB.");
      return null;
    }
    try {
      return new ManualRequestSubmission.Attachment(attachment.fileName(), attachment.mediaType(), Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      errors.put("attachment", "attachment.contentBase64 is not valid Base64.");
      return null;
    }
  }

  String strippedChannel() {
    return channel == null || channel.isBlank() ? null : channel.strip();
  }
}
