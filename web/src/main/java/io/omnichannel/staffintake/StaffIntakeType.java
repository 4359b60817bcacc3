package io.omnichannel.staffintake;

import io.omnichannel.requests.CustomerRequestType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The request types staff can take on the spot; a manual and a reservation run their own intakes, the others share one. */
enum StaffIntakeType {
  MANUAL("Manual", null),
  QUESTION("Question", CustomerRequestType.GENERAL_QUESTION),
  COMPLAINT("Complaint", CustomerRequestType.COMPLAINT),
  CALLBACK("Callback", CustomerRequestType.CALLBACK),
  /** Journey 3: a piece held at a store for pickup; runs the reservation intake. */
  RESERVATION("Reservation", null);

  final String label;
  final CustomerRequestType customerRequestType;

  StaffIntakeType(String label, CustomerRequestType customerRequestType) {
    this.label = label;
    this.customerRequestType = customerRequestType;
  }

  static Optional<StaffIntakeType> parse(String value) {
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
  }

  public String label() {
    return label;
  }

  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }
}
