package io.omnichannel.requests;

import java.util.Objects;

/**
 * How a request came in and, when a staff member typed it in for the customer, who did: the
 * request's {@code channel} column and, for staff entry, an {@code ENTERED_BY_STAFF} timeline entry
 * with the staff member as actor.
 *
 * @param channel one of WEB, EMAIL, PHONE, STORE, API (the ledger's check constraint)
 * @param enteredBy the staff username, or null when the customer or a system sent it
 */
public record IntakeChannel(String channel, String enteredBy) {

  public static final IntakeChannel WEB = new IntakeChannel("WEB", null);
  public static final IntakeChannel EMAIL = new IntakeChannel("EMAIL", null);
  public static final IntakeChannel API = new IntakeChannel("API", null);

  public IntakeChannel {
    Objects.requireNonNull(channel, "channel");
    if (enteredBy != null && enteredBy.isBlank()) {
      enteredBy = null;
    }
  }

  /** Taken on the phone by {@code staff}. */
  public static IntakeChannel phone(String staff) {
    return new IntakeChannel("PHONE", Objects.requireNonNull(staff, "staff"));
  }

  /** Taken at the store counter by {@code staff}. */
  public static IntakeChannel store(String staff) {
    return new IntakeChannel("STORE", Objects.requireNonNull(staff, "staff"));
  }

  String describe() {
    return switch (channel) {
      case "PHONE" -> "Taken by phone";
      case "STORE" -> "Taken at the store counter";
      default -> "Received via " + channel;
    };
  }
}
