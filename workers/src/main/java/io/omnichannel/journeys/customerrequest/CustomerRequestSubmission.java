package io.omnichannel.journeys.customerrequest;

import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A general question, complaint or callback wish, as read from any channel's input; blank values
 * are null. A callback needs a phone number and a {@link CallbackWindow}; questions and complaints
 * need a message.
 */
record CustomerRequestSubmission(
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
    String callbackWindow) {

  static CustomerRequestSubmission from(IntakeInput input) {
    return new CustomerRequestSubmission(
        input.field("name"), input.field("email"), input.field("customerNumber"), input.field("orderNumber"),
        input.field("subject"), input.field("message"), input.field("phone"), input.field("callbackWindow"));
  }
}
