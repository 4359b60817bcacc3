package io.omnichannel.conversation;

import io.omnichannel.notifications.MailSent;
import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.processes.SharedModel;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestTracking;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the mail that answers a request has been delivered, the request is answered and its journey,
 * waiting at "Answer delivered", moves on to close it. Runs in the mail outbox's transaction that
 * marks the mail sent: the message to the engine goes through the process outbox with it.
 */
@Component
class AnswerDeliveries {

  private final RequestTracking tracking;
  private final RequestLedger ledger;
  private final RequestHistory history;
  private final ProcessOutbox outbox;
  private final Clock clock;

  AnswerDeliveries(RequestTracking tracking, RequestLedger ledger, RequestHistory history, ProcessOutbox outbox, Clock clock) {
    this.tracking = tracking;
    this.ledger = ledger;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  @EventListener
  void on(MailSent mail) {
    if (!mail.awaited()) {
      return;
    }
    String reference = tracking.summary(mail.requestId()).reference();
    ledger.answerDelivered(mail.requestId());
    history.recordOnce(mail.requestId(), "ANSWER_DELIVERED", "Answer delivered to " + mail.recipient() + ": " + mail.subject(), false, "system");
    outbox.message(mail.requestId(), reference, SharedModel.ANSWER_DELIVERED_MESSAGE, "delivered:" + mail.mailId(), Map.of(), clock.instant());
  }
}
