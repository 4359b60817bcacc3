package io.omnichannel.journeys.reservation;

import io.omnichannel.requests.Contact;
import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reservation of one piece at a store, as read from any channel's input; blank values are null.
 * Whether a piece is left is not checked here: that is the process's business outcome, not an input error.
 *
 * @param typeNumber the product, as in the catalogue
 * @param storeId the store to pick it up at (a stock location of kind STORE)
 */
record ReservationSubmission(
    @NotBlank(message = "Please choose the product.") @Size(max = 64, message = "A type number has at most 64 characters.")
        String typeNumber,
    @NotBlank(message = "Please choose the store where you will pick it up.") @Size(max = 64, message = "Please choose one of our stores.")
        String storeId,
    @Contact.Name String name,
    @Contact.EmailAddress String email,
    @Contact.Phone String phone,
    @Contact.CustomerNumber String customerNumber) {

  static ReservationSubmission from(IntakeInput input) {
    return new ReservationSubmission(
        input.field("typeNumber"), input.field("storeId"), input.field("name"), input.field("email"), input.field("phone"),
        input.field("customerNumber"));
  }
}
