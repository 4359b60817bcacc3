package io.omnichannel.requests;

/**
 * A request for the ledger, as a journey's intake hands it over once it has read its form: the
 * contact, what the request is about, and the journey's type. Blank values are null.
 *
 * @param type the request type in the ledger, e.g. {@code MANUAL_REQUEST}
 * @param phone matches the customer when given
 * @param typeNumber the product the request is about, if any
 * @param attachment optional; checked by content before anything is written
 * @param idempotencyKey optional; a repeated submission with the same key gets the first request
 */
public record NewRequest(
    String type,
    String name,
    String email,
    String phone,
    String customerNumber,
    String orderNumber,
    String typeNumber,
    String subject,
    String message,
    UploadedFile attachment,
    String idempotencyKey) {

  public NewRequest {
    name = strip(name);
    email = strip(email);
    phone = strip(phone);
    customerNumber = strip(customerNumber);
    orderNumber = strip(orderNumber);
    typeNumber = strip(typeNumber);
    subject = strip(subject);
    message = strip(message);
    idempotencyKey = strip(idempotencyKey);
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
