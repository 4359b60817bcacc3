package io.omnichannel.requests;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A general question, complaint or callback wish, as any channel hands it to the intake. A callback
 * needs a phone number and a {@link CallbackWindow}; questions and complaints need a message.
 *
 * @param attachment optional, e.g. a photo of the damage or the receipt
 * @param idempotencyKey optional; a repeated submission with the same key returns the first request
 */
public record CustomerRequestSubmission(
    @NotNull(message = "Please choose what your request is about.") CustomerRequestType type,
    @NotBlank(message = "Please tell us your name.") @Size(max = 200, message = "Please keep the name under 200 characters.")
        String name,
    @NotBlank(message = "Please give us your e-mail address.")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "This does not look like an e-mail address.")
        @Size(max = 320, message = "Please keep the e-mail address under 320 characters.")
        String email,
    @Size(max = 64, message = "A customer number has at most 64 characters.") String customerNumber,
    @Size(max = 64, message = "An order number has at most 64 characters.") String orderNumber,
    @Size(max = 200, message = "Please keep the subject under 200 characters.") String subject,
    @Size(max = 10_000, message = "Please keep the message under 10,000 characters.") String message,
    @Size(max = 64, message = "A phone number has at most 64 characters.") String phone,
    String callbackWindow,
    ManualRequestSubmission.Attachment attachment,
    @Size(max = 200, message = "An idempotency key has at most 200 characters.") String idempotencyKey) {

  /** The same submission with surrounding blanks removed and blank optional values as null. */
  public CustomerRequestSubmission stripped() {
    return new CustomerRequestSubmission(
        type, strip(name), strip(email), strip(customerNumber), strip(orderNumber), strip(subject), strip(message),
        strip(phone), strip(callbackWindow), attachment, strip(idempotencyKey));
  }

  public CustomerRequestSubmission withoutAttachment() {
    return new CustomerRequestSubmission(
        type, name, email, customerNumber, orderNumber, subject, message, phone, callbackWindow, null, idempotencyKey);
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
