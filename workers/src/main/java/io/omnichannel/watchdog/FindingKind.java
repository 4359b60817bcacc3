package io.omnichannel.watchdog;

/** What the watchdog found, in the words the console shows. */
public enum FindingKind {
  NO_OWNER("No owner", "open, but no task, no wait and no activity"),
  START_NOT_DELIVERED("Not started", "accepted, but the engine has not taken its start"),
  INCIDENT("Incident", "a step failed on its last retry; the process waits for operations"),
  MAIL_FAILED("Mail failed", "a mail could not be sent after all attempts"),
  INBOUND_MAIL_FAILED("Incoming mail not taken in", "an incoming mail could not be taken in");

  private final String label;
  private final String meaning;

  FindingKind(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }
}
