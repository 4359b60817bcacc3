package io.omnichannel.customers360;

import io.omnichannel.advice.AdviceNote;
import io.omnichannel.customers.Customer;
import io.omnichannel.inventory.StockHold;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.timeline.TimelineItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the salesperson at the counter sees of one customer, gathered from the features that keep it.
 *
 * @param cameFrom her campaign touches (timeline kinds {@code CAMPAIGN*}), oldest first; empty: not known
 * @param requests every request, newest first, with the mails it exchanged
 * @param pickups what is held for her now
 * @param purchases online and at a till (timeline kind {@code PURCHASE}), newest first
 */
record CounterView(
    Customer customer,
    List<TimelineItem> cameFrom,
    List<RequestWithContacts> requests,
    List<Pickup> pickups,
    List<TimelineItem> purchases,
    List<AdviceNote> notes) {

  private static final Set<RequestStatus> DONE = Set.of(RequestStatus.RESOLVED, RequestStatus.CLOSED);

  /** A request with the mails we sent her (what she read) and the mails she sent (what she asked). */
  record RequestWithContacts(RequestDetails request, List<TimelineItem> contacts) {

    public boolean open() {
      return !DONE.contains(request.status());
    }

    public boolean complaint() {
      return request.type().toUpperCase(Locale.ROOT).contains("COMPLAINT");
    }
  }

  /**
   * A piece held for her: a reservation or a click and collect order.
   *
   * @param codeShown whether the reader may see the pickup code (she may read the request itself)
   */
  record Pickup(RequestDetails request, StockHold hold, boolean codeShown) {}

  public List<RequestWithContacts> open() {
    return requests.stream().filter(RequestWithContacts::open).toList();
  }
}
