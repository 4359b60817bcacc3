package io.omnichannel.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "089 1234567        | +49891234567",
        "0 89 / 123 45 67   | +49891234567",
        "+49 89 1234567     | +49891234567",
        "+49 (0)89 1234567  | +49891234567",
        "0049 89-1234567    | +49891234567",
        "(0171) 555.12.34   | +491715551234",
        "+43 1 5883200      | +4315883200",
        "00 41 44 668 18 00 | +41446681800",
        "0171 5551234 ext 12 | +491715551234"
      })
  void normalisesToE164_withGermanyAsDefault(String typed, String expected) {
    assertThat(PhoneNumbers.toE164(typed)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "call me", "1234567", "089", "+0 89 1234567", "+49 89 1234567 890123456", "maria@example.com"})
  void refusesWhatIsNoComparablePhoneNumber(String typed) {
    assertThat(PhoneNumbers.toE164(typed)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nullIsNoPhoneNumber() {
    assertThat(PhoneNumbers.toE164(null)).isEmpty();
  }
}
