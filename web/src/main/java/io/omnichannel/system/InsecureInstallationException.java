package io.omnichannel.system;

/** A real installation that would start with the demo's credentials, or with no way to sign in at all. */
public class InsecureInstallationException extends RuntimeException {

  private final String action;

  InsecureInstallationException(String description, String action) {
    super(description);
    this.action = action;
  }

  String action() {
    return action;
  }
}
