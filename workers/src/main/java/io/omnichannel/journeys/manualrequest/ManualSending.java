package io.omnichannel.journeys.manualrequest;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.documents.StoredDocument;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.MailTemplates;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.Links;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends the manual as a PDF attachment and resolves the request; a job delivered twice sends one mail. */
@Service
class ManualSending {

  private final RequestTracking requests;
  private final RequestLedger ledger;
  private final RequestHistory history;
  private final ManualLibrary manuals;
  private final MailOutbox mail;
  private final MailTemplates templates;
  private final Links links;

  ManualSending(
      RequestTracking requests,
      RequestLedger ledger,
      RequestHistory history,
      ManualLibrary manuals,
      MailOutbox mail,
      MailTemplates templates,
      Links links) {
    this.requests = requests;
    this.ledger = ledger;
    this.history = history;
    this.manuals = manuals;
    this.mail = mail;
    this.templates = templates;
    this.links = links;
  }

  /** @param manualDocumentId the manual the lookup or staff chose; null when staff decided to send one the lookup did not find */
  @Transactional
  void sendManual(UUID requestId, UUID manualDocumentId) {
    RequestSummary request = requests.summary(requestId);
    StoredDocument manual = manual(request, manualDocumentId);
    String subject = "Your manual for " + request.typeNumber() + " (" + request.reference() + ")";
    var body =
        templates.render(
            "journeys/manualrequest/mail/manual",
            Map.of(
                "subject", subject,
                "name", request.contactName(),
                "title", manual.title(),
                "typeNumber", request.typeNumber(),
                "reference", request.reference(),
                "trackingLink", links.tracking(request.trackingToken())));
    mail.enqueue(OutboundMail.answer("manual:" + requestId, requestId, request.contactEmail(), subject, body, manual.id()));
    ledger.answerQueued(requestId, "Manual sent: " + manual.title());
    history.recordOnce(requestId, "MANUAL_SENT", "Manual '" + manual.title() + "' queued as PDF to " + request.contactEmail(), false, "system");
  }

  private StoredDocument manual(RequestSummary request, UUID manualDocumentId) {
    if (manualDocumentId != null) {
      return manuals.document(manualDocumentId).orElseThrow(() -> new NoSuchElementException("no document " + manualDocumentId));
    }
    // staff decided to send the manual although the automation found none: it may have been added since
    return manuals
        .findManual(request.typeNumber())
        .orElseThrow(() -> new NoSuchElementException("no manual for " + request.typeNumber() + " in the library"));
  }
}
