package io.omnichannel.requests;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reservation tells its customer: the pickup code, the reminder, and why it ended. Each mail
 * goes through the outbox with a dedup key per request and kind, so a job delivered twice sends once.
 */
@Service
public class ReservationMails {

  private static final String SYSTEM = "system";

  private final ServiceRequestRepository requests;
  private final MailOutbox mail;
  private final RequestHistory history;
  private final RequestProgress progress;
  private final CustomerWording wording;
  private final Clock clock;

  ReservationMails(
      ServiceRequestRepository requests,
      MailOutbox mail,
      RequestHistory history,
      RequestProgress progress,
      CustomerWording wording,
      ObjectProvider<Clock> clock) {
    this.requests = requests;
    this.mail = mail;
    this.history = history;
    this.progress = progress;
    this.wording = wording;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** The piece is set aside: the code to show at the counter, and until when. */
  @Transactional
  public void pickupCode(UUID requestId, Pickup pickup) {
    ServiceRequest request = load(requestId);
    String body =
        """
        Dear %s,

        good news: %s has set your %s aside for you.

        Your pickup code: %s

        Show this code at the counter by %s. You find it on your reservation's page as well,
        where you can also cancel the reservation:
        %s

        Kind regards
        Customer Service
        """
            .formatted(
                request.contactName(), pickup.storeName(), pickup.productName(), pickup.code(),
                wording.dayAndTime(pickup.holdUntil()), progress.trackingLink(request));
    mail.enqueue(
        new OutboundMail(
            "pickup-code:" + requestId, requestId, request.contactEmail(),
            "Your pickup code for " + request.reference() + ": " + pickup.code(), body, null));
    request.startWork(clock.instant());
    history.recordOnce(
        requestId, "PICKUP_CODE_SENT",
        "%s has set it aside. Your pickup code is %s, valid until %s."
            .formatted(pickup.storeName(), pickup.code(), wording.dayAndTime(pickup.holdUntil())),
        true, SYSTEM);
  }

  /** One reminder, a day before the hold ends. */
  @Transactional
  public void pickupReminder(UUID requestId, Pickup pickup) {
    ServiceRequest request = load(requestId);
    String body =
        """
        Dear %s,

        your %s is waiting for you at %s until %s.

        Your pickup code: %s

        If you no longer need it, please cancel on your reservation's page so someone else can have it:
        %s

        Kind regards
        Customer Service
        """
            .formatted(
                request.contactName(), pickup.productName(), pickup.storeName(), wording.dayAndTime(pickup.holdUntil()),
                pickup.code(), progress.trackingLink(request));
    if (mail.enqueue(
        new OutboundMail(
            "pickup-reminder:" + requestId, requestId, request.contactEmail(),
            "Reminder: your reservation " + request.reference() + " ends " + wording.dayAndTime(pickup.holdUntil()), body, null))) {
      history.record(requestId, "PICKUP_REMINDED", "Reminder of the pickup queued to " + request.contactEmail(), false, SYSTEM);
    }
  }

  /**
   * The reservation is not, or no longer, held; names the stores that have the product available.
   *
   * @param storeNote the store's words when it declined; may be null
   */
  @Transactional
  public void ended(UUID requestId, EndedReason reason, String productName, String storeName, String storeNote, List<String> storesWithStock) {
    ServiceRequest request = load(requestId);
    String alternatives =
        storesWithStock.isEmpty()
            ? "At the moment no other store has it in stock."
            : "These stores have it in stock right now:\n" + storesWithStock.stream().map(s -> "  - " + s).collect(Collectors.joining("\n"))
                + "\nYou can reserve it there on our reservation page.";
    String why =
        switch (reason) {
          case NOTHING_IN_STOCK -> "we are sorry: %s has no %s left to reserve.".formatted(storeName, productName);
          case STORE_DECLINED ->
              "we are sorry: %s could not set your %s aside%s".formatted(
                  storeName, productName, storeNote == null || storeNote.isBlank() ? "." : ": " + storeNote.strip());
          case EXPIRED -> "your reservation of the %s at %s has ended, as it was not picked up in time.".formatted(productName, storeName);
          case CANCELLED -> "as you asked, we have cancelled your reservation of the %s at %s.".formatted(productName, storeName);
        };
    String body =
        """
        Dear %s,

        %s

        %s

        Your reference: %s
        %s

        Kind regards
        Customer Service
        """
            .formatted(request.contactName(), why, reason == EndedReason.CANCELLED ? "" : alternatives, request.reference(), progress.trackingLink(request));
    mail.enqueue(
        new OutboundMail(
            "reservation-ended:" + reason + ":" + requestId, requestId, request.contactEmail(),
            reason.subject() + " (" + request.reference() + ")", body, null));
    request.resolve(reason.subject(), clock.instant());
    history.recordOnce(requestId, reason.historyKind(), reason.subject() + ".", true, SYSTEM);
  }

  /** The counter handed the piece over. */
  @Transactional
  public void handedOver(UUID requestId, String storeName) {
    ServiceRequest request = load(requestId);
    request.resolve("Picked up at " + storeName, clock.instant());
    history.recordOnce(requestId, "PICKED_UP", "You picked it up at " + storeName + ". Enjoy!", true, SYSTEM);
  }

  /** Why a reservation ended without a pickup, as the customer reads it. */
  public enum EndedReason {
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

  /** What the customer needs to collect: the code, the store, the product and the last moment. */
  public record Pickup(String code, String storeName, String productName, Instant holdUntil) {}

  private ServiceRequest load(UUID requestId) {
    return requests.findById(requestId).orElseThrow(() -> RequestTracking.unknown(requestId));
  }
}
