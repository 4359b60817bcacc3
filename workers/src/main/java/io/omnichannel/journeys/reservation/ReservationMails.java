package io.omnichannel.journeys.reservation;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.MailTemplates;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.platform.Links;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reservation tells its customer: the pickup code, the reminder, and why it ended. Each mail
 * goes through the outbox with a dedup key per request and kind, so a job delivered twice sends once.
 */
@Service
class ReservationMails {

  private static final String SYSTEM = "system";

  private final RequestTracking requests;
  private final RequestLedger ledger;
  private final RequestHistory history;
  private final MailOutbox mail;
  private final MailTemplates templates;
  private final CustomerWording wording;
  private final Links links;

  ReservationMails(
      RequestTracking requests,
      RequestLedger ledger,
      RequestHistory history,
      MailOutbox mail,
      MailTemplates templates,
      CustomerWording wording,
      Links links) {
    this.requests = requests;
    this.ledger = ledger;
    this.history = history;
    this.mail = mail;
    this.templates = templates;
    this.wording = wording;
    this.links = links;
  }

  /** The piece is set aside: the code to show at the counter, and until when. */
  @Transactional
  void pickupCode(UUID requestId, Pickup pickup) {
    RequestSummary request = requests.summary(requestId);
    // the code is her secret: in the mail's body and on her status page, never in a subject or her history
    String subject = "Your pickup code for " + (pickup.order() ? "your " + pickup.productName() : request.reference());
    enqueue("pickup-code:" + requestId, request, subject, "pickup-code", pickup.variables(wording));
    ledger.startWork(requestId);
    history.recordOnce(
        requestId, "PICKUP_CODE_SENT",
        (pickup.order()
                ? "Your order is ready at %s. Your pickup code is on your status page, valid until %s."
                : "%s has set it aside. Your pickup code is on your status page, valid until %s.")
            .formatted(pickup.storeName(), wording.dayAndTime(pickup.holdUntil())),
        true, SYSTEM);
  }

  /** One reminder, a day before the hold ends. */
  @Transactional
  void pickupReminder(UUID requestId, Pickup pickup) {
    RequestSummary request = requests.summary(requestId);
    String subject = (pickup.order() ? "Reminder: your " + pickup.productName() + " waits for you until " : "Reminder: your reservation " + request.reference() + " ends ")
        + wording.dayAndTime(pickup.holdUntil());
    if (enqueue("pickup-reminder:" + requestId, request, subject, "pickup-reminder", pickup.variables(wording))) {
      history.record(requestId, "PICKUP_REMINDED", "Reminder of the pickup queued to " + request.contactEmail(), false, SYSTEM);
    }
  }

  /**
   * The reservation is not, or no longer, held; names the stores that have the product available.
   *
   * @param storeNote the store's words when it declined; may be null
   * @param order a click and collect order (its words), not a reservation
   */
  @Transactional
  void ended(
      UUID requestId, EndedReason reason, String productName, String storeName, String storeNote, List<String> storesWithStock, boolean order) {
    RequestSummary request = requests.summary(requestId);
    Map<String, Object> variables = new HashMap<>();
    variables.put("reason", reason.name());
    variables.put("productName", productName);
    variables.put("storeName", storeName);
    variables.put("storeNote", storeNote == null || storeNote.isBlank() ? null : storeNote.strip());
    variables.put("storesWithStock", storesWithStock);
    variables.put("order", order);
    String subject = order ? "Your " + productName + " was not picked up" : reason.subject();
    enqueue("reservation-ended:" + reason + ":" + requestId, request, subject + " (" + request.reference() + ")",
        "reservation-ended", variables, true);
    ledger.answerQueued(requestId, subject);
    history.recordOnce(requestId, reason.historyKind(), subject + ".", true, SYSTEM);
  }

  /** The counter handed the piece over. */
  @Transactional
  void handedOver(UUID requestId, String storeName) {
    ledger.resolve(requestId, "Picked up at " + storeName);
    history.recordOnce(requestId, "PICKED_UP", "You picked it up at " + storeName + ". Enjoy!", true, SYSTEM);
  }

  private boolean enqueue(String dedupKey, RequestSummary request, String subject, String template, Map<String, Object> own) {
    return enqueue(dedupKey, request, subject, template, own, false);
  }

  /** @param answers the mail ends the reservation for the customer: the journey waits for its delivery */
  private boolean enqueue(
      String dedupKey, RequestSummary request, String subject, String template, Map<String, Object> own, boolean answers) {
    Map<String, Object> variables = new HashMap<>(own);
    variables.put("subject", subject);
    variables.put("name", request.contactName());
    variables.put("reference", request.reference());
    variables.put("trackingLink", links.tracking(request.trackingToken()));
    var body = templates.render("journeys/reservation/mail/" + template, variables);
    return mail.enqueue(
        answers
            ? OutboundMail.answer(dedupKey, request.id(), request.contactEmail(), subject, body, null)
            : OutboundMail.toCustomer(dedupKey, request.id(), request.contactEmail(), subject, body, null));
  }

  /** Why a reservation ended without a pickup, as the customer reads it. */
  enum EndedReason {
    NOTHING_IN_STOCK("None left to reserve", "NOTHING_IN_STOCK"),
    STORE_DECLINED("The store could not set it aside", "SET_ASIDE_DECLINED"),
    EXPIRED("Your reservation has ended", "HOLD_EXPIRED"),
    CANCELLED("Your reservation is cancelled", "RESERVATION_CANCELLED");

    private final String subject;
    private final String historyKind;

    EndedReason(String subject, String historyKind) {
      this.subject = subject;
      this.historyKind = historyKind;
    }

    String subject() {
      return subject;
    }

    String historyKind() {
      return historyKind;
    }
  }

  /**
   * What the customer needs to collect: the code, the store, the product and the last moment.
   *
   * @param productName the product, or "order W-…" for a click and collect order
   * @param order a click and collect order: the mails speak of her order, not of a reservation
   */
  record Pickup(String code, String storeName, String productName, Instant holdUntil, boolean order) {

    Map<String, Object> variables(CustomerWording wording) {
      return Map.of(
          "code", code, "storeName", storeName, "productName", productName, "holdUntil", wording.dayAndTime(holdUntil), "order", order);
    }
  }
}
