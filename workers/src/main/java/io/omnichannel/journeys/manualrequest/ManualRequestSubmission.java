package io.omnichannel.journeys.manualrequest;

import io.omnichannel.requests.Contact;
import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer's request for a manual, as read from any channel's input; blank values are null. */
record ManualRequestSubmission(
    @Contact.Name String name,
    @Contact.EmailAddress String email,
    @Contact.CustomerNumber String customerNumber,
    @Contact.OrderNumber String orderNumber,
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
