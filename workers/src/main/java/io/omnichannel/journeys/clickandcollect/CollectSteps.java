package io.omnichannel.journeys.clickandcollect;

import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.orders.Order;
import io.omnichannel.orders.OrderLine;
import io.omnichannel.orders.OrderMail;
import io.omnichannel.orders.Orders;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.processes.ClickAndCollectProcess.Variables;
import io.omnichannel.purchases.BoughtTogether;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The click and collect steps of their own, each safe to repeat (a job delivered twice). */
@Service
class CollectSteps {

  static final int SUGGESTIONS = 3;
  private static final String SYSTEM = "system";
  private static final String MAILS = "journeys/clickandcollect/mail/";

  private final Orders orders;
  private final StockHolds holds;
  private final StockLocations locations;
  private final StaffDirectory staff;
  private final BusinessCalendars calendars;
  private final BoughtTogether boughtTogether;
  private final RequestLedger ledger;
  private final RequestHistory history;
  private final OrderMail mails;
  private final CustomerWording wording;
  private final Clock clock;

  CollectSteps(
      Orders orders,
      StockHolds holds,
      StockLocations locations,
      StaffDirectory staff,
      BusinessCalendars calendars,
      BoughtTogether boughtTogether,
      RequestLedger ledger,
      RequestHistory history,
      OrderMail mails,
      CustomerWording wording,
      Clock clock) {
    this.orders = orders;
    this.holds = holds;
    this.locations = locations;
    this.staff = staff;
    this.calendars = calendars;
    this.boughtTogether = boughtTogether;
    this.ledger = ledger;
    this.history = history;
    this.mails = mails;
    this.wording = wording;
    this.clock = clock;
  }

  /**
   * Holds every line at the pickup store and confirms the order with its promised pickup date. The
   * date follows from when the order was placed, so a repeated job promises the same date.
   */
  @Transactional
  Map<String, Object> confirm(UUID requestId, String storeId) {
    Order order = order(requestId);
    StockLocation store = store(storeId);
    PickupDates dates = datesAt(store);
    Instant promised = dates.promised(order.placedAt());
    Instant now = clock.instant();
    for (OrderLine line : order.lines()) {
      if (!holds.holdLine(requestId, line.lineNo(), store.id(), line.typeNumber(), line.quantity(), now)) {
        // sold out since the intake checked the store: the store orders it in and is late, which the model tells her
        history.recordOnce(requestId, "LINE_NOT_HELD:" + line.lineNo(),
            "Line " + line.lineNo() + " (" + line.quantity() + " × " + line.productName() + ") is not in stock at " + store.name() + ": the store has to get it in.",
            false, SYSTEM);
      }
    }
    List<String> suggestions =
        boughtTogether.with(order.lines().stream().map(OrderLine::typeNumber).toList(), SUGGESTIONS).stream().map(BoughtTogether.Suggestion::name).toList();
    ledger.startWork(requestId);
    String date = wording.dayAndTime(promised);
    mails.send("collect-order-confirmed", requestId, "Your order " + order.orderNumber() + ": pick it up from " + date, MAILS + "order-confirmed",
        Map.of("storeName", store.name(), "storeCity", store.city(), "pickupDate", date, "suggestions", suggestions,
            "lines", order.lines().stream().map(l -> l.quantity() + " × " + l.productName()).toList()));
    history.recordOnce(requestId, "COLLECT_ORDER_CONFIRMED", "We confirmed your order: you can pick it up at " + store.name() + " from " + date + ".", true, SYSTEM);
    return Map.of(Variables.PROMISED_PICKUP_DATE, dates.iso(promised));
  }

  /** From when she can pick it up: the store's first opening at or after the order was ready. */
  @Transactional(readOnly = true)
  Map<String, Object> comparePickupDate(UUID requestId, String promisedPickupDate, String readyAt) {
    PickupDates dates = datesAt(store(order(requestId).collectAt()));
    Instant pickupFrom = dates.pickupFrom(PickupDates.parse(readyAt));
    return Map.of(
        Variables.PICKUP_DATE_CHANGED, dates.changed(PickupDates.parse(promisedPickupDate), pickupFrom),
        Variables.PICKUP_DATE, dates.iso(pickupFrom));
  }

  /** Once per order and date. */
  @Transactional
  void tellNewPickupDate(UUID requestId, String pickupDate, String promisedPickupDate) {
    Order order = order(requestId);
    StockLocation store = store(order.collectAt());
    Instant from = PickupDates.parse(pickupDate);
    boolean earlier = from.isBefore(PickupDates.parse(promisedPickupDate));
    String date = wording.dayAndTime(from);
    mails.send("pickup-date-changed:" + from.atZone(datesAt(store).calendar().zone()).toLocalDate(), requestId,
        "Your order " + order.orderNumber() + ": pick it up from " + date, MAILS + "pickup-date-changed",
        Map.of("storeName", store.name(), "pickupDate", date, "promisedDate", wording.dayAndTime(PickupDates.parse(promisedPickupDate)), "earlier", earlier));
    history.recordOnce(requestId, "PICKUP_DATE_CHANGED",
        "Your order is ready " + (earlier ? "early" : "later than promised") + ": you can pick it up at " + store.name() + " from " + date + ".", true, SYSTEM);
  }

  private Order order(UUID requestId) {
    return orders.find(requestId).orElseThrow(() -> new IllegalStateException("request " + requestId + " is no order"));
  }

  private StockLocation store(String storeId) {
    return locations.find(storeId).filter(StockLocation::isStore).orElseThrow(() -> new NoSuchElementException("no store " + storeId));
  }

  /** The store's team works on its own calendar (a partner store keeps its own hours). */
  private PickupDates datesAt(StockLocation store) {
    String calendarId = staff.team(store.teamId()).map(Team::calendarId)
        .orElseThrow(() -> new NoSuchElementException("store " + store.id() + " has no team with a calendar"));
    return new PickupDates(calendars.get(calendarId));
  }
}
