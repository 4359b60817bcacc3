package io.omnichannel.journeys.customerrequest;

import java.util.Arrays;
import java.util.Optional;

/** When a customer would like to be called back; the store's opening hours. */
public enum CallbackWindow {
  WEEKDAY_MORNING("weekdays 9:00–12:00"),
  WEEKDAY_MIDDAY("weekdays 12:00–15:00"),
  WEEKDAY_AFTERNOON("weekdays 15:00–18:00"),
  SATURDAY("Saturday 10:00–14:00");

  private final String label;

  CallbackWindow(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<CallbackWindow> parse(String value) {
    return Arrays.stream(values()).filter(w -> w.name().equals(value)).findFirst();
  }

  /** The label of a stored window name; the name itself when it is no longer known. */
  public static String labelOf(String value) {
    return parse(value).map(CallbackWindow::label).orElse(value);
  }
}
