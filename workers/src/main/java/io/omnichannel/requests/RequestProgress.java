package io.omnichannel.requests;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.documents.StoredDocument;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a manual request that talk to the customer or change its status. Each step is safe
 * to repeat: mails go through the outbox with a per-request dedup key, status changes are guarded.
 */
@Service
public class RequestProgress {

  private static final String SYSTEM = "system";

  private final ServiceRequestRepository requests;
  private final MailOutbox mail;
  private final RequestHistory history;
  private final ManualLibrary manuals;
  private final CustomerWording wording;
  private final String publicBaseUrl;
  private final Clock clock;

  RequestProgress(
      ServiceRequestRepository requests,
      MailOutbox mail,
      RequestHistory history,
      ManualLibrary manuals,
      CustomerWording wording,
      @Value("${orchestrator.public-base-url:http://localhost:8080}") String publicBaseUrl,
      ObjectProvider<Clock> clock) {
    this.requests = requests;
    this.mail = mail;
    this.history = history;
    this.manuals = manuals;
    this.wording = wording;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Tells the customer her reference, when to expect an answer and where to follow the request. */
  @Transactional
  public void acknowledge(UUID requestId) {
    ServiceRequest request = load(requestId);
    String body =
        """
        Dear %s,

        thank you for %s. Your reference is %s.

        We expect to %s by %s.

        You can follow your request at any time here:
        %s

        Kind regards
        Customer Service
        """
            .formatted(
                request.contactName(),
                request.inWords(),
                request.reference(),
                request.promiseInWords(),
                wording.dayAndTime(request.expectedBy()),
                trackingLink(request));
    mail.enqueue(
        new OutboundMail(
            "ack:" + requestId, requestId, request.contactEmail(), "Your request " + request.reference() + " has been received", body, null));
    request.startWork(clock.instant());
    history.recordOnce(requestId, "ACKNOWLEDGED", "Acknowledgement queued to " + request.contactEmail(), false, SYSTEM);
  }

  /** Sends the manual as a PDF attachment and resolves the request. */
  @Transactional
  public void sendManual(UUID requestId, UUID manualDocumentId) {
    ServiceRequest request = load(requestId);
    StoredDocument manual = manual(request, manualDocumentId);
    String body =
        """
        Dear %s,

        please find attached the manual for your %s (%s).

        Your reference: %s
        %s

        Kind regards
        Customer Service
        """
            .formatted(request.contactName(), manual.title(), request.typeNumber(), request.reference(), trackingLink(request));
    mail.enqueue(
        new OutboundMail(
            "manual:" + requestId,
            requestId,
            request.contactEmail(),
            "Your manual for " + request.typeNumber() + " (" + request.reference() + ")",
            body,
            manual.id()));
    request.resolve("Manual sent: " + manual.title(), clock.instant());
    history.recordOnce(requestId, "MANUAL_SENT", "Manual '" + manual.title() + "' queued as PDF to " + request.contactEmail(), false, SYSTEM);
  }

  /** Sends the answer staff wrote and resolves the request. */
  @Transactional
  public void sendAnswer(UUID requestId, String answerText) {
    if (answerText == null || answerText.isBlank()) {
      throw new IllegalArgumentException("request " + requestId + ": the staff decision ANSWER needs an answer text");
    }
    ServiceRequest request = load(requestId);
    String body =
        """
        Dear %s,

        %s

        Your reference: %s
        %s

        Kind regards
        Customer Service
        """
            .formatted(request.contactName(), answerText.strip(), request.reference(), trackingLink(request));
    mail.enqueue(
        new OutboundMail(
            "answer:" + requestId, requestId, request.contactEmail(), "Our answer to your request " + request.reference(), body, null));
    request.resolve(answerText.strip(), clock.instant());
    history.recordOnce(requestId, "ANSWER_SENT", "Answer queued to " + request.contactEmail(), false, SYSTEM);
  }

  /**
   * Mails staff's question with the tracking link, shows it on the status page and marks the
   * request as waiting for the customer.
   *
   * @param dedupKey one per question asked (a job delivered twice sends one mail)
   */
  @Transactional
  public void askCustomer(UUID requestId, String questionText, String dedupKey) {
    if (questionText == null || questionText.isBlank()) {
      throw new IllegalArgumentException("request " + requestId + ": the staff decision ASK_CUSTOMER needs a question text");
    }
    ServiceRequest request = load(requestId);
    String question = questionText.strip();
    String body =
        """
        Dear %s,

        to answer your request we need to know a little more:

        %s

        Please reply to this e-mail (keep the reference %s in the subject), or answer and upload a
        document on your request's page:
        %s

        Kind regards
        Customer Service
        """
            .formatted(request.contactName(), question, request.reference(), trackingLink(request));
    mail.enqueue(
        new OutboundMail(
            dedupKey, requestId, request.contactEmail(), "A question about your request " + request.reference(), body, null));
    if (request.askCustomer(question, clock.instant())) {
      history.record(requestId, "QUESTION_ASKED", "We asked you: " + question, true, SYSTEM);
    }
  }

  /** One reminder of the open question, when the customer has not answered for a while. */
  @Transactional
  public void remindCustomer(UUID requestId, String dedupKey) {
    ServiceRequest request = load(requestId);
    if (request.status() != RequestStatus.WAITING_FOR_CUSTOMER) {
      return; // she answered while the timer fired
    }
    String body =
        """
        Dear %s,

        we are still waiting for your answer to our question about your request %s:

        %s

        Please reply to this e-mail or answer on your request's page:
        %s

        Without an answer we will do what we can with what we have.

        Kind regards
        Customer Service
        """
            .formatted(request.contactName(), request.reference(), request.openQuestion(), trackingLink(request));
    boolean queued =
        mail.enqueue(
            new OutboundMail(
                dedupKey, requestId, request.contactEmail(), "Reminder: a question about your request " + request.reference(), body, null));
    if (queued) {
      history.record(requestId, "CUSTOMER_REMINDED", "Reminder of the open question queued to " + request.contactEmail(), false, SYSTEM);
    }
  }

  /** Marks the request as waiting for a person, e.g. when a staff task is created. */
  @Transactional
  public void waitForStaff(UUID requestId) {
    load(requestId).waitForStaff(clock.instant());
  }

  /** Marks a reservation as set aside and waiting for the customer at the store. */
  @Transactional
  public void waitForPickup(UUID requestId) {
    load(requestId).waitForPickup(clock.instant());
  }

  @Transactional
  public void close(UUID requestId) {
    if (load(requestId).close(clock.instant())) {
      history.record(requestId, "CLOSED", "Your request is closed.", true, SYSTEM);
    }
  }

  private StoredDocument manual(ServiceRequest request, UUID manualDocumentId) {
    if (manualDocumentId != null) {
      return manuals.document(manualDocumentId).orElseThrow(() -> new NoSuchElementException("no document " + manualDocumentId));
    }
    // staff decided to send the manual although the automation found none: it may have been added since
    return manuals
        .findManual(request.typeNumber())
        .orElseThrow(() -> new NoSuchElementException("no manual for " + request.typeNumber() + " in the library"));
  }

  String trackingLink(ServiceRequest request) {
    return publicBaseUrl + "/track/" + request.trackingToken();
  }

  private ServiceRequest load(UUID requestId) {
    return requests.findById(requestId).orElseThrow(() -> RequestTracking.unknown(requestId));
  }
}
