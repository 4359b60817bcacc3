package io.omnichannel.journeys.customerrequest;

import io.omnichannel.requests.Contact;
import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.Size;

/**
 * A general question or callback wish, as read from any channel's input; blank values
 * are null. A callback needs a phone number and a {@link CallbackWindow}; questions
 * need a message.
 */
record CustomerRequestSubmission(
    @Contact.Name String name,
    @Contact.EmailAddress String email,
    @Contact.CustomerNumber String customerNumber,
    @Contact.OrderNumber String orderNumber,
    @Size(max = 200, message = "Please keep the subject under 200 characters.") String subject,
    @Size(max = 10_000, message = "Please keep the message under 10,000 characters.") String message,
    @Contact.Phone String phone,
    String callbackWindow) {

  static CustomerRequestSubmission from(IntakeInput input) {
    return new CustomerRequestSubmission(
        input.field("name"), input.field("email"), input.field("customerNumber"), input.field("orderNumber"),
        input.field("subject"), input.field("message"), input.field("phone"), input.field("callbackWindow"));
  }
}
