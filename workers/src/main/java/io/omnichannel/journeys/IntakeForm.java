package io.omnichannel.journeys;

import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.SubmittedRequest;
import java.util.List;
import java.util.Map;

/**
 * How any channel's input becomes a request of one type: the portal's and the staff's form, the
 * API's body, a mail a rule read. The channels are generic; what a type asks for is here.
 */
public interface IntakeForm {

  /**
   * Checks the input and takes the request into the ledger, with the start of its journey.
   *
   * @throws InvalidSubmissionException with one message per bad field (the input's field names,
   *     {@code attachment} for the file); nothing is written then
   */
  SubmittedRequest submit(IntakeInput input, IntakeChannel via);

  /**
   * The fields this type asks for beyond the contact (name, e-mail, customer number), as a
   * Thymeleaf fragment, e.g. {@code journeys/reservation/intake :: fields}. It reads {@code values}
   * and {@code errors} (maps by field name), {@code staff} (true on the staff's form) and what
   * {@link #model} returns.
   */
  String fragment();

  /**
   * A fragment the portal shows before its form, or null: e.g. a product chooser that asks the page
   * again, so the form can show each store's stock. It reads what the fields fragment reads.
   */
  default String portalPrelude() {
    return null;
  }

  /** What the fragments need for the values entered so far, e.g. the stores and their stock. */
  default Map<String, Object> model(Map<String, String> values) {
    return Map.of();
  }

  /** Every field the intake reads, contact fields included: the API's documentation and the forms' values. */
  List<IntakeField> fields();

  /** Whether a file may come with the request (a receipt, a photo). */
  default boolean takesAttachment() {
    return false;
  }
}
