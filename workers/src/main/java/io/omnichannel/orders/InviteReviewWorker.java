package io.omnichannel.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.customers.ReviewMailConsent;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.SharedModel.Variables;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for a review, in every model that sells goods at the same point (after delivery or pickup).
 * Nobody is chosen by experience: only a customer who declined such mail is left out, and the
 * history says so.
 */
@Component
public class InviteReviewWorker {

  private final RequestTracking requests;
  private final ReviewMailConsent consent;
  private final OrderMail mail;
  private final RequestHistory history;

  InviteReviewWorker(RequestTracking requests, ReviewMailConsent consent, OrderMail mail, RequestHistory history) {
    this.requests = requests;
    this.consent = consent;
    this.mail = mail;
    this.history = history;
  }

  @JobWorker(type = JobTypes.INVITE_REVIEW)
  @Transactional
  public void invite(@Variable(name = Variables.REQUEST_ID) String requestId) {
    RequestSummary request = requests.summary(UUID.fromString(requestId));
    if (!consent.mayInvite(request.customerId())) {
      history.recordOnce(request.id(), "REVIEW_NOT_INVITED", "No review invitation: the customer declined such mail.", false, "system");
      return;
    }
    mail.send(
        "review-invitation", request.id(), "How do you like what you bought? (" + request.reference() + ")", "orders/mail/review-invitation", Map.of());
    history.recordOnce(request.id(), "REVIEW_INVITED", "We asked you for a review of your purchase.", true, "system");
  }
}
