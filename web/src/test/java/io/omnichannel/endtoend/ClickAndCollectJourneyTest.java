package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.api.ApiClient;
import io.omnichannel.demo.OrderDemoData;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.Team;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 4 end to end on the real broker, over HTTP: Tom orders the watch for pickup at the partner
 * store; the confirmation names the promised date (two working days) and the brown strap; jan gets
 * it ready at once, a day or more early, so Tom hears the new date; the pickup code; another store's
 * staff cannot hand it over, jan can; the request closes and Tom is asked for a review.
 */
@EndToEndTest
class ClickAndCollectJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern PICKUP_CODE = Pattern.compile("Your pickup code: ([A-Z0-9]{6})");

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;
  @Autowired StockLocations stock;
  @Autowired StaffDirectory staff;
  @Autowired BusinessCalendars calendars;
  @Autowired CustomerWording wording;

  @Test
  void theWatch_confirmedWithItsDateAndStrap_readyEarly_handedOverAtThePartnerStore_closed_andReviewInvited() {
    stock.setOnHand(OrderDemoData.PARTNER_STORE, OrderDemoData.WATCH, 2);
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    String orderNumber = "C-E2E-" + System.nanoTime();
    String email = "tom+" + System.nanoTime() + "@example.com";
    String body = ApiClient.json(Map.of(
        "orderNumber", orderNumber,
        "customer", Map.of("name", "Tom Fischer", "email", email, "customerNumber", OrderDemoData.TOM),
        "delivery", Map.of("method", "COLLECT", "storeId", OrderDemoData.PARTNER_STORE),
        "lines", List.of(Map.of("typeNumber", OrderDemoData.WATCH, "quantity", 1)),
        "channel", "app"));
    Instant before = Instant.now();
    ApiClient.Response created = shop.postJson("/api/v1/orders", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String reference = created.json().get("reference").asText();
    String trackingPath = java.net.URI.create(created.json().get("trackingUrl").asText()).getPath();
    assertThat(jdbc.sql("SELECT type FROM service_requests WHERE reference = ?").param(reference).query(String.class).single()).isEqualTo("CLICK_AND_COLLECT");

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    ImapMailbox.ReceivedMail confirmation = await().atMost(JOURNEY_TIMEOUT).until(
        () -> inbox.messages().stream().filter(m -> m.subject().startsWith("Your order " + orderNumber + ": pick it up from")).findFirst().orElse(null),
        m -> m != null);
    assertThat(confirmation.text()).contains(wording.dayAndTime(promised(before))).contains("Leather watch strap 20 mm, brown");

    WebSession jan = new WebSession(port);
    jan.signIn("jan", "demo");
    String task = await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(jan.get("/staff/tasks?view=" + StaffDemoData.PARTNER_TEAM).body(), reference), t -> t != null);
    assertThat(jan.get(task).body()).contains("Ready for pickup").contains(OrderDemoData.WATCH);
    assertThat(jan.postForm(task + "/complete", Map.of()).status()).isEqualTo(422);
    assertThat(jan.postForm(task + "/complete", Map.of("ready", "yes")).status()).isEqualTo(200);

    String code = await().atMost(JOURNEY_TIMEOUT).until(
        () -> inbox.messages().stream().map(m -> PICKUP_CODE.matcher(m.text())).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null),
        c -> c != null);
    assertThat(inbox.messages()).as("ready before the promised day: the new date at once")
        .filteredOn(m -> m.subject().startsWith("Your order " + orderNumber + ": pick it up from")).hasSize(2);

    assertThat(new WebSession(port).get(trackingPath).body()).as("her status page").contains(code).contains("Chrono 40 automatic watch");

    WebSession mia = new WebSession(port);
    mia.signIn("mia", "demo");
    assertThat(mia.postForm("/staff/pickups/hand-over", Map.of("code", code)).body()).as("another store's staff").contains("not here");
    assertThat(jan.get("/staff/pickups?code=" + code).body()).contains(reference).contains("1 × " + OrderDemoData.WATCH).contains("Hand over");
    assertThat(jan.postForm("/staff/pickups/hand-over", Map.of("code", code)).body()).contains("Handed over: " + reference);

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(reference).query(String.class).single()).isEqualTo("CLOSED"));
    assertThat(jan.get("/staff/pickups?code=" + code).body()).as("the code used twice").contains("already picked up");
    assertThat(stock.level(OrderDemoData.PARTNER_STORE, OrderDemoData.WATCH).orElseThrow().onHand()).isEqualTo(1);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> assertThat(mail.subject()).startsWith("How do you like what you bought?")));
    List<String> timeline = jdbc.sql("SELECT kind FROM request_events e JOIN service_requests r ON r.id = e.request_id WHERE r.reference = ? ORDER BY e.seq")
        .param(reference).query(String.class).list();
    assertThat(timeline).contains("COLLECT_ORDER_CONFIRMED", "PICKUP_DATE_CHANGED", "PICKUP_CODE_SENT", "PICKED_UP", "CLOSED", "REVIEW_INVITED");
  }

  /** The partner store's opening on its second working day after the order's day. */
  private Instant promised(Instant placed) {
    String calendarId = staff.team(StaffDemoData.PARTNER_TEAM).map(Team::calendarId).orElseThrow();
    BusinessCalendar calendar = calendars.get(calendarId);
    LocalDate day = placed.atZone(calendar.zone()).toLocalDate();
    int working = 0;
    while (true) {
      day = day.plusDays(1);
      if (!calendar.openingHoursOn(day).isEmpty() && ++working == 2) {
        return ZonedDateTime.of(day, calendar.openingHoursOn(day).getFirst().opens(), calendar.zone()).toInstant();
      }
    }
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row = Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    String last = null;
    while (row.find()) {
      last = row.group(1);
    }
    return last;
  }
}
