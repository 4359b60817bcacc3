package io.omnichannel.requests;

import java.util.Objects;

/**
 * How a request came in and, when a staff member typed it in for the customer, who did: the
 * request's {@code channel} column and, for staff entry, an {@code ENTERED_BY_STAFF} timeline entry
 * with the staff member as actor.
 *
 * @param channel one of WEB, EMAIL, PHONE, STORE, API, PUBLIC (the ledger's check constraint)
 * @param enteredBy the staff username, or null when the customer or a system sent it
 */
public record IntakeChannel(String channel, String enteredBy) {

  public static final IntakeChannel WEB = new IntakeChannel("WEB", null);
  public static final IntakeChannel EMAIL = new IntakeChannel("EMAIL", null);
  public static final IntakeChannel API = new IntakeChannel("API", null);
  /** A public post or review, reported by a social-listening integration through the API. */
  public static final IntakeChannel PUBLIC = new IntakeChannel("PUBLIC", null);

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

  /** Found in a public post or review by {@code staff}. */
  public static IntakeChannel publicPost(String staff) {
    return new IntakeChannel("PUBLIC", Objects.requireNonNull(staff, "staff"));
  }

  public boolean isPublic() {
    return "PUBLIC".equals(channel);
  }

  /** How it came in, in words for the history. */
  public String inWords() {
    return switch (channel) {
      case "WEB" -> "the web form";
      case "EMAIL" -> "e-mail";
      case "PHONE" -> "phone";
      case "STORE" -> "the store counter";
      case "PUBLIC" -> "a public post or review";
      default -> channel;
    };
  }

  String describe() {
    return switch (channel) {
      case "PUBLIC" -> "Taken from a public post or review";
      case "PHONE" -> "Taken by phone";
      case "STORE" -> "Taken at the store counter";
      default -> "Received via " + channel;
    };
  }
}
