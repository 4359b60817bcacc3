package io.omnichannel.staffintake;

import io.omnichannel.requests.IntakeChannel;
import java.util.Arrays;
import java.util.Optional;

/** Where the customer asked when staff type the request in for her. */
enum StaffIntakeChannel {
  PHONE("On the phone"),
  STORE("At the store counter"),
  /** A review or social-media post naming the shop; the complaint form then asks for its link. */
  PUBLIC("Public post or review");

  final String label;

  StaffIntakeChannel(String label) {
    this.label = label;
  }

  static Optional<StaffIntakeChannel> parse(String value) {
    return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
  }

  IntakeChannel enteredBy(String staff) {
    return switch (this) {
      case PHONE -> IntakeChannel.phone(staff);
      case STORE -> IntakeChannel.store(staff);
      case PUBLIC -> IntakeChannel.publicPost(staff);
    };
  }

  public String label() {
    return label;
  }
}
