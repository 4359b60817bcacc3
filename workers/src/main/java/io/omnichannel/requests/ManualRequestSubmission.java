package io.omnichannel.requests;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's request for a manual, as any channel hands it to the intake.
 *
 * @param attachment optional, e.g. a photo or PDF of the receipt
 * @param idempotencyKey optional; a repeated submission with the same key returns the first request
 */
public record ManualRequestSubmission(
    @NotBlank(message = "Please tell us your name.") @Size(max = 200, message = "Please keep the name under 200 characters.")
        String name,
    @NotBlank(message = "Please give us your e-mail address.")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "This does not look like an e-mail address.")
        @Size(max = 320, message = "Please keep the e-mail address under 320 characters.")
        String email,
    @Size(max = 64, message = "A customer number has at most 64 characters.") String customerNumber,
    @Size(max = 64, message = "An order number has at most 64 characters.") String orderNumber,
    @NotBlank(message = "Please give the type number from the type plate.")
        @Size(max = 64, message = "A type number has at most 64 characters.")
        String typeNumber,
    @Size(max = 10_000, message = "Please keep the message under 10,000 characters.") String message,
    Attachment attachment,
    @Size(max = 200, message = "An idempotency key has at most 200 characters.") String idempotencyKey) {

  /** An uploaded file; its declared media type is only a hint, the content decides. */
  public record Attachment(String fileName, String declaredMediaType, byte[] content) {}

  /** The same submission with surrounding blanks removed and blank optional values as null. */
  public ManualRequestSubmission stripped() {
    return new ManualRequestSubmission(
        strip(name), strip(email), strip(customerNumber), strip(orderNumber), strip(typeNumber), strip(message), attachment, strip(idempotencyKey));
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public ManualRequestSubmission withIdempotencyKey(String key) {
    return new ManualRequestSubmission(name, email, customerNumber, orderNumber, typeNumber, message, attachment, key);
  }
}
