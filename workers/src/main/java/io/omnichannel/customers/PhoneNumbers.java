package io.omnichannel.customers;

import java.util.Optional;

/**
 * Phone numbers to E.164 for matching, with Germany (+49) as the default country. Deliberately small:
 * it recognises the international forms ({@code +}, {@code 00}) and national numbers with a trunk
 * zero; anything else is not a phone number we can compare, and is not guessed at.
 */
public final class PhoneNumbers {

  /** E.164 allows at most 15 digits; fewer than 6 national digits is no real subscriber number. */
  private static final int MAX_DIGITS = 15;
  private static final int MIN_NATIONAL_DIGITS = 6;
  private static final String DEFAULT_COUNTRY_CODE = "49";

  private PhoneNumbers() {}

  public static Optional<String> toE164(String phone) {
    if (phone == null || phone.isBlank()) {
      return Optional.empty();
    }
    String typed = phone.strip().replaceFirst("(?i)\\s*(ext\\.?|x|durchwahl)\\s*\\d+$", "");
    if (!typed.matches("\\+?[0-9 ()/.\\-]+")) {
      return Optional.empty();
    }
    boolean plus = typed.startsWith("+");
    // "+49 (0)89 …": the trunk zero in brackets is not dialled internationally
    String digits = typed.replace("(0)", "").replaceAll("[^0-9]", "");
    String international;
    if (plus) {
      international = digits;
    } else if (digits.startsWith("00")) {
      international = digits.substring(2);
    } else if (digits.startsWith("0")) {
      international = DEFAULT_COUNTRY_CODE + digits.substring(1);
    } else {
      return Optional.empty();
    }
    if (international.startsWith("0") || international.length() > MAX_DIGITS || international.length() < MIN_NATIONAL_DIGITS + 2) {
      return Optional.empty();
    }
    return Optional.of("+" + international);
  }

  /** The last digits, for "same name, same phone tail" duplicate hints. */
  static String tail(String e164, int digits) {
    return e164 == null || e164.length() < digits ? null : e164.substring(e164.length() - digits);
  }
}
