package io.omnichannel.journeys.complaint;

import io.omnichannel.requests.Contact;
import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.Size;

/**
 * A complaint as read from any channel's input; blank values are null. From a public channel it
 * carries the post's or review's link.
 */
record ComplaintSubmission(
    @Contact.Name String name,
    @Contact.EmailAddress String email,
    @Contact.CustomerNumber String customerNumber,
    @Contact.OrderNumber String orderNumber,
    @Contact.Phone String phone,
    @Size(max = 200, message = "Please keep the subject under 200 characters.") String subject,
    @Size(max = 10_000, message = "Please keep the message under 10,000 characters.") String message,
    @Size(max = 2000, message = "Please keep the link under 2,000 characters.") String publicUrl,
    @Size(max = 32, message = "A reference looks like SR-2026-000123.") String aboutReference) {

  static ComplaintSubmission from(IntakeInput input) {
    return new ComplaintSubmission(
        input.field("name"), input.field("email"), input.field("customerNumber"), input.field("orderNumber"),
        input.field("phone"), input.field("subject"), input.field("message"), input.field("publicUrl"),
        input.field("aboutReference"));
  }
}
