package io.omnichannel.staffintake;

import io.omnichannel.requests.IntakeChannel;
import java.util.Arrays;
import java.util.Optional;

/** Where the customer asked when staff type the request in for her. */
enum StaffIntakeChannel {
  PHONE("On the phone"),
  STORE("At the store counter");

  final String label;

  StaffIntakeChannel(String label) {
    this.label = label;
  }

  static Optional<StaffIntakeChannel> parse(String value) {
    return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
  }

  IntakeChannel enteredBy(String staff) {
    return this == PHONE ? IntakeChannel.phone(staff) : IntakeChannel.store(staff);
  }

  public String label() {
    return label;
  }
}
