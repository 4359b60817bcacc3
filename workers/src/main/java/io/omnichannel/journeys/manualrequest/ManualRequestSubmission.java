package io.omnichannel.journeys.manualrequest;

import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer's request for a manual, as read from any channel's input; blank values are null. */
record ManualRequestSubmission(
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
    @Size(max = 10_000, message = "Please keep the message under 10,000 characters.") String message) {

  static ManualRequestSubmission from(IntakeInput input) {
    return new ManualRequestSubmission(
        input.field("name"), input.field("email"), input.field("customerNumber"), input.field("orderNumber"),
        input.field("typeNumber"), input.field("message"));
  }
}
