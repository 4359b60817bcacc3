package io.omnichannel.journeys;

import java.util.List;

/**
 * A field an intake reads, as the API documents it.
 *
 * @param allowedValues empty when any text goes
 */
public record IntakeField(String name, String description, String example, boolean required, int maxLength, List<String> allowedValues) {

  public IntakeField {
    allowedValues = List.copyOf(allowedValues);
  }

  public static IntakeField required(String name, String description, String example, int maxLength) {
    return new IntakeField(name, description, example, true, maxLength, List.of());
  }

  public static IntakeField optional(String name, String description, String example, int maxLength) {
    return new IntakeField(name, description, example, false, maxLength, List.of());
  }

  /** The contact every request has: the customer's name, e-mail address and, if known, customer number. */
  public static List<IntakeField> contact(String emailUse) {
    return List.of(
        required("name", "The customer's name", "Maria Keller", 200),
        required("email", emailUse, "maria.keller@example.com", 320),
        optional("customerNumber", "Matches the customer and her purchases when known", "K-100234", 64));
  }
}
