package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 3 end to end on the real broker: the last green sofa in Berlin is reserved on the portal,
 * the Berlin store confirms in its task list, the pickup code arrives by mail, the counter enters it
 * and the stock goes down; a second customer for the same last piece is told where else it is.
 */
@EndToEndTest
class ReservationJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");
  private static final Pattern PICKUP_CODE = Pattern.compile("Your pickup code: ([A-Z0-9]{6})");

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;
  @Autowired StockLocations stock;
  @Autowired PurchaseRecords products;

  /** A sofa of its own per test, so the tests of this class never take each other's last piece. */
  private String lastSofaInBerlin(String colour) {
    String typeNumber = "VS-E2E-" + System.nanoTime();
    products.addProduct(typeNumber, "Verona velvet sofa, " + colour, "Casa Nova");
    stock.setOnHand(StaffDemoData.STORE_BERLIN, typeNumber, 1);
    stock.setOnHand(StaffDemoData.STORE_HAMBURG, typeNumber, 2);
    return typeNumber;
  }

  @Test
  void reserved_setAsideByTheStore_codeByMail_handedOverAtTheCounter_stockReduced() {
    String sofa = lastSofaInBerlin("green");
    String email = "maria+" + System.nanoTime() + "@example.com";
    WebSession customer = new WebSession(port);
    assertThat(customer.get("/").body()).contains("/requests/reservation/new");
    Page form = customer.get("/requests/reservation/new?typeNumber=" + sofa);
    assertThat(form.body()).contains("Store Berlin, Berlin").contains("1 available").contains("2 available");

    Page noStore = customer.postForm("/requests/reservation", Map.of("typeNumber", sofa, "name", "Maria Keller", "email", email));
    assertThat(noStore.status()).isEqualTo(422);
    assertThat(noStore.body()).contains("Please choose the store where you will pick it up.");

    Page tracking =
        customer.postForm(
            "/requests/reservation",
            Map.of("typeNumber", sofa, "storeId", StaffDemoData.STORE_BERLIN, "name", "Maria Keller", "email", email, "phone", "+49 30 5550 1234"));
    assertThat(tracking.status()).isEqualTo(200);
    assertThat(tracking.uri().getPath()).startsWith("/track/");
    String trackingPath = tracking.uri().getPath();
    String reference = reference(tracking.body());

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> assertThat(mail.text()).contains("thank you for your reservation of " + sofa)));

    WebSession mia = new WebSession(port);
    mia.signIn("mia", "demo");
    String taskPath =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> taskLink(mia.get("/staff/tasks?view=" + StaffDemoData.STORE_BERLIN).body(), reference), p -> p != null);
    assertThat(mia.get("/staff/stock?q=" + sofa).body()).contains("Store Berlin").contains("Store Hamburg");
    assertThat(jdbc.sql("SELECT store_id FROM user_tasks WHERE reference = ?").param(reference).query(String.class).single())
        .as("the task list's store filter").isEqualTo(StaffDemoData.STORE_BERLIN);
    assertThat(mia.get(taskPath).body()).contains("Is the piece set aside?").contains(sofa);

    Page noAnswer = mia.postForm(taskPath + "/complete", Map.of());
    assertThat(noAnswer.status()).isEqualTo(422);
    assertThat(noAnswer.body()).contains("Choose whether the piece is set aside or cannot be.");
    assertThat(mia.postForm(taskPath + "/complete", Map.of("setAside", "CONFIRMED")).status()).isEqualTo(200);

    String code =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> inbox.messages().stream()
                .map(mail -> PICKUP_CODE.matcher(mail.text()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null), c -> c != null);
    Page trackingAfter = customer.get(trackingPath);
    assertThat(trackingAfter.body()).contains(code).contains("Cancel my reservation");

    Page wrongCode = mia.get("/staff/pickups?code=ZZZZZZ");
    assertThat(wrongCode.body()).contains("No reservation has the pickup code ZZZZZZ");
    Page atCounter = mia.get("/staff/pickups?code=" + code.toLowerCase());
    assertThat(atCounter.body()).contains(reference).contains("Maria Keller").contains("READY").contains("Hand over");
    Page handedOver = mia.postForm("/staff/pickups/hand-over", Map.of("code", code));
    assertThat(handedOver.body()).contains("Handed over: " + reference);

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(reference).query(String.class).single())
            .isEqualTo("CLOSED"));
    assertThat(stock.level(StaffDemoData.STORE_BERLIN, sofa).orElseThrow().onHand()).isZero();
    assertThat(mia.get("/staff/pickups?code=" + code).body()).contains("already picked up");
    assertThat(customer.get(trackingPath).body()).doesNotContain("Cancel my reservation");
    assertThat(jdbc.sql("SELECT kind FROM customer_timeline WHERE reference = ? AND kind LIKE 'RESERVATION_%' ORDER BY occurred_at")
            .param(reference).query(String.class).list())
        .containsExactly("RESERVATION_HELD", "RESERVATION_CONFIRMED", "RESERVATION_PICKED_UP");
  }

  @Test
  void theLastPieceIsHeldForTheFirst_theSecondIsToldTheHamburgStoreHasIt() {
    String sofa = lastSofaInBerlin("green");
    String first = reserve(sofa, "first+" + System.nanoTime() + "@example.com");
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(stock.level(StaffDemoData.STORE_BERLIN, sofa).orElseThrow().held()).isEqualTo(1));

    // the second customer calls; the service centre takes the reservation on the phone
    String email = "second+" + System.nanoTime() + "@example.com";
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    Page intake = anna.get("/staff/requests/new?type=reservation&typeNumber=" + sofa + "&storeId=" + StaffDemoData.STORE_BERLIN);
    assertThat(intake.body()).contains("Store for pickup").contains("See the stock of every store");
    Page receipt =
        anna.postForm(
            "/staff/requests",
            Map.of("type", "reservation", "channel", "PHONE", "typeNumber", sofa, "storeId", StaffDemoData.STORE_BERLIN,
                "name", "Jonas Berger", "email", email));
    assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
    String second = reference(receipt.body());
    assertThat(jdbc.sql("SELECT channel FROM service_requests WHERE reference = ?").param(second).query(String.class).single()).isEqualTo("PHONE");

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> {
          assertThat(mail.subject()).isEqualTo("None left to reserve (" + second + ")");
          assertThat(mail.text()).contains("Store Hamburg (Hamburg): 2 available");
        }));
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(second).query(String.class).single())
            .isEqualTo("CLOSED"));
    assertThat(stock.level(StaffDemoData.STORE_BERLIN, sofa).orElseThrow().held()).as("still held for " + first).isEqualTo(1);
  }

  private String reserve(String sofa, String email) {
    WebSession customer = new WebSession(port);
    customer.get("/requests/reservation/new?typeNumber=" + sofa);
    Page tracking =
        customer.postForm("/requests/reservation", Map.of("typeNumber", sofa, "storeId", StaffDemoData.STORE_BERLIN, "name", "Jonas Berger", "email", email));
    assertThat(tracking.status()).isEqualTo(200);
    return reference(tracking.body());
  }

  private static String reference(String page) {
    Matcher matcher = REFERENCE.matcher(page);
    assertThat(matcher.find()).as("a reference number on the page").isTrue();
    return matcher.group();
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row = Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    return row.find() ? row.group(1) : null;
  }
}
