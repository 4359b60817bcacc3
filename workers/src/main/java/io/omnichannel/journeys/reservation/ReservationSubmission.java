package io.omnichannel.journeys.reservation;

import io.omnichannel.requests.IntakeInput;
import jakarta.validation.constraints.Email;
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
    @NotBlank(message = "Please tell us your name.") @Size(max = 200, message = "Please keep the name under 200 characters.")
        String name,
    @NotBlank(message = "Please give us your e-mail address.")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "This does not look like an e-mail address.")
        @Size(max = 320, message = "Please keep the e-mail address under 320 characters.")
        String email,
    @Size(max = 64, message = "A phone number has at most 64 characters.") String phone,
    @Size(max = 64, message = "A customer number has at most 64 characters.") String customerNumber) {

  static ReservationSubmission from(IntakeInput input) {
    return new ReservationSubmission(
        input.field("typeNumber"), input.field("storeId"), input.field("name"), input.field("email"), input.field("phone"),
        input.field("customerNumber"));
  }
}
