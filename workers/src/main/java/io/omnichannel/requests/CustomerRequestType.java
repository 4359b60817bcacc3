package io.omnichannel.requests;

import io.omnichannel.processes.CustomerRequestProcess;

/** The request types of the customer-request process, and the team whose queue each goes to. */
public enum CustomerRequestType {
  GENERAL_QUESTION(CustomerRequestProcess.SERVICE_TEAM, "your question"),
  COMPLAINT(CustomerRequestProcess.COMPLAINTS_TEAM, "your complaint"),
  CALLBACK(CustomerRequestProcess.SERVICE_TEAM, "your callback request");

  private final String team;
  private final String inWords;

  CustomerRequestType(String team, String inWords) {
    this.team = team;
    this.inWords = inWords;
  }

  /** The candidate group of the staff task. */
  public String team() {
    return team;
  }

  /** As the customer reads it: "thank you for your complaint". */
  public String inWords() {
    return inWords;
  }
}
