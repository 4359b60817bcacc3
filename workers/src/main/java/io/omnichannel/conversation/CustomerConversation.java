package io.omnichannel.conversation;

import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.MailTemplates;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.platform.Links;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the product tells a customer about her request, whichever journey carries it: the
 * acknowledgement with her reference and the honest expected time, staff's answer, staff's question
 * and its one reminder. Each step is safe to repeat: mails go through the outbox with a dedup key,
 * status changes are guarded.
 */
@Service
public class CustomerConversation {

  private static final String SYSTEM = "system";

  private final RequestTracking tracking;
  private final RequestLedger ledger;
  private final RequestHistory history;
  private final MailOutbox mail;
  private final MailTemplates templates;
  private final Journeys journeys;
  private final CustomerWording wording;
  private final Links links;

  CustomerConversation(
      RequestTracking tracking,
      RequestLedger ledger,
      RequestHistory history,
      MailOutbox mail,
      MailTemplates templates,
      Journeys journeys,
      CustomerWording wording,
      Links links) {
    this.tracking = tracking;
    this.ledger = ledger;
    this.history = history;
    this.mail = mail;
    this.templates = templates;
    this.journeys = journeys;
    this.wording = wording;
    this.links = links;
  }

  /** Tells the customer her reference, what we will do by when (in her journey's words) and where to follow the request. */
  @Transactional
  public void acknowledge(UUID requestId) {
    RequestSummary request = tracking.summary(requestId);
    RequestType type =
        journeys.type(request.type()).orElseThrow(() -> new IllegalStateException("no journey serves request type " + request.type()));
    String subject = "Your request " + request.reference() + " has been received";
    var body =
        templates.render(
            "mail/acknowledgement",
            Map.of(
                "subject", subject,
                "name", request.contactName(),
                "about", type.description().about(request),
                "promise", type.description().promise(request),
                "reference", request.reference(),
                "expectedBy", wording.dayAndTime(request.expectedBy()),
                "trackingLink", links.tracking(request.trackingToken())));
    mail.enqueue(OutboundMail.toCustomer("ack:" + requestId, requestId, request.contactEmail(), subject, body, null));
    ledger.startWork(requestId);
    history.recordOnce(requestId, "ACKNOWLEDGED", "Acknowledgement queued to " + request.contactEmail(), false, SYSTEM);
  }

  /** Sends the answer staff wrote; the request is answered once the mail is delivered ({@link AnswerDeliveries}). */
  @Transactional
  public void sendAnswer(UUID requestId, String answerText) {
    if (answerText == null || answerText.isBlank()) {
      throw new IllegalArgumentException("request " + requestId + ": the staff decision ANSWER needs an answer text");
    }
    RequestSummary request = tracking.summary(requestId);
    String subject = "Our answer to your request " + request.reference();
    var body = templates.render("mail/answer", withRequest(request, subject, Map.of("answer", MailTemplates.paragraphs(answerText))));
    mail.enqueue(OutboundMail.answer("answer:" + requestId, requestId, request.contactEmail(), subject, body, null));
    ledger.answerQueued(requestId, answerText.strip());
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
    RequestSummary request = tracking.summary(requestId);
    String question = questionText.strip();
    String subject = "A question about your request " + request.reference();
    var body = templates.render("mail/question", withRequest(request, subject, Map.of("question", MailTemplates.paragraphs(question))));
    mail.enqueue(OutboundMail.toCustomer(dedupKey, requestId, request.contactEmail(), subject, body, null));
    ledger.askCustomer(requestId, question);
  }

  /** One reminder of the open question, when the customer has not answered for a while. */
  @Transactional
  public void remindCustomer(UUID requestId, String dedupKey) {
    RequestSummary request = tracking.summary(requestId);
    if (request.status() != RequestStatus.WAITING_FOR_CUSTOMER) {
      return; // she answered while the timer fired
    }
    String subject = "Reminder: a question about your request " + request.reference();
    var body =
        templates.render(
            "mail/question-reminder",
            withRequest(request, subject, Map.of("question", MailTemplates.paragraphs(ledger.openQuestion(requestId)))));
    if (mail.enqueue(OutboundMail.toCustomer(dedupKey, requestId, request.contactEmail(), subject, body, null))) {
      history.record(requestId, "CUSTOMER_REMINDED", "Reminder of the open question queued to " + request.contactEmail(), false, SYSTEM);
    }
  }

  @Transactional
  public void close(UUID requestId) {
    ledger.close(requestId);
  }

  /** What every mail about a request names: whom it greets, the subject, the reference and the tracking link. */
  private Map<String, Object> withRequest(RequestSummary request, String subject, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put("subject", subject);
    variables.put("name", request.contactName());
    variables.put("reference", request.reference());
    variables.put("trackingLink", links.tracking(request.trackingToken()));
    return variables;
  }
}
