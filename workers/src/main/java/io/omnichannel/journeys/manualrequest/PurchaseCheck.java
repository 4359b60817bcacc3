package io.omnichannel.journeys.manualrequest;

import io.omnichannel.purchases.PurchaseClaim;
import io.omnichannel.purchases.PurchaseVerification;
import io.omnichannel.purchases.Receipt;
import io.omnichannel.purchases.VerificationResult;
import io.omnichannel.requests.AttachmentTexts;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Checks that the customer bought what she asks the manual for, and notes the outcome in the request's history. */
@Service
class PurchaseCheck {

  private final RequestTracking requests;
  private final AttachmentTexts attachments;
  private final PurchaseVerification verification;
  private final RequestHistory history;

  PurchaseCheck(RequestTracking requests, AttachmentTexts attachments, PurchaseVerification verification, RequestHistory history) {
    this.requests = requests;
    this.attachments = attachments;
    this.verification = verification;
    this.history = history;
  }

  /** Not in one transaction: reading a receipt PDF may take seconds and holds no connection. */
  VerificationResult verify(UUID requestId) {
    // the numbers alone first: the attachments are read only when neither number matches
    RequestSummary request = requests.summary(requestId);
    VerificationResult result =
        verification.verify(
            new PurchaseClaim(request.customerNumber(), request.orderNumber(), request.typeNumber()),
            () ->
                attachments.withTexts(requestId).stream()
                    .map(a -> new Receipt(a.mediaType(), a.extractedText(), a.textProblem()))
                    .toList());
    history.recordOnce(
        requestId,
        result.verified() ? "PURCHASE_VERIFIED" : "PURCHASE_NOT_VERIFIED",
        (result.verified() ? "Purchase verified: " : "Purchase not verified: ") + result.note(),
        false,
        "system");
    return result;
  }
}
