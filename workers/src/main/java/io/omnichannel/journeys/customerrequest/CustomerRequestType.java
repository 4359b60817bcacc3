package io.omnichannel.journeys.customerrequest;

import io.omnichannel.processes.CustomerRequestProcess;

/** The request types of the customer-request journey, and the team whose queue each goes to (complaints: journeys.complaint). */
enum CustomerRequestType {
  GENERAL_QUESTION("question", "Question", CustomerRequestProcess.SERVICE_TEAM, "your question",
      "Ask a question", "Opening hours, delivery, a product: the service centre answers in writing.", "Ask us anything about your purchase, a delivery or our stores. The service centre answers in writing."),
  CALLBACK("callback", "Callback", CustomerRequestProcess.SERVICE_TEAM, "your callback request",
      "Ask for a callback", "Rather talk? Leave your number and a time that suits you, and we call.", "Leave your number and tell us when suits you: a colleague from the service centre calls you back.");

  final String path;
  final String label;
  /** The candidate group of the staff task. */
  final String team;
  /** As the customer reads it: "thank you for your question". */
  final String inWords;
  final String title;
  final String teaser;
  final String intro;

  CustomerRequestType(String path, String label, String team, String inWords, String title, String teaser, String intro) {
    this.path = path;
    this.label = label;
    this.team = team;
    this.inWords = inWords;
    this.title = title;
    this.teaser = teaser;
    this.intro = intro;
  }
}
