package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.tasks.TaskService;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reservation form with its corrections and the cancel button, and the pickup counter, in headless Chromium. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReservationInBrowserTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLocations stock;
  @Autowired StockHolds holds;
  @Autowired PurchaseRecords products;
  @Autowired Journeys journeys;
  @Autowired TaskService tasks;

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  private String sofaInBerlin(String colour) {
    String typeNumber = "VS-UI-" + System.nanoTime();
    products.addProduct(typeNumber, "Verona velvet sofa, " + colour, "Casa Nova");
    stock.setOnHand(StaffDemoData.STORE_BERLIN, typeNumber, 1);
    return typeNumber;
  }

  @Test
  void customerReservesWithACorrection_thenCancelsOnHerTrackingPage() {
    String sofa = sofaInBerlin("moss green");
    try (BrowserContext maria = browser.newPerson(port)) {
      Page page = maria.newPage();
      page.navigate("/");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Reserve in a store"))).click();
      page.locator("#product-choice").selectOption(sofa);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show stock in the stores")).click();
      assertThat(page.locator("#reservation-form")).containsText("1 available");
      page.locator("input[name=storeId][value=" + StaffDemoData.STORE_BERLIN + "]").check();
      page.getByLabel("E-mail address").fill("maria.ui+" + System.nanoTime() + "@example.com");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reserve")).click();

      assertThat(page.locator(".has-error .field-error")).hasText("Please tell us your name.");
      assertThat(page.locator("input[name=storeId][value=" + StaffDemoData.STORE_BERLIN + "]")).isChecked();
      page.getByLabel("Your name").fill("Maria Keller");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reserve")).click();

      assertThat(page).hasURL(Pattern.compile(".*/track/.*"));
      String reference = reference(page.locator("h1").textContent());
      await().atMost(JOURNEY_TIMEOUT).until(() -> {
        page.reload();
        return page.locator("#cancel-reservation").count() == 1;
      });
      await().atMost(JOURNEY_TIMEOUT).until(() -> storeTaskState(reference).equals("OPEN"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my reservation")).click();
      assertThat(page.locator(".notice")).containsText("Your reservation is cancelled");
      // the store's "Confirm set-aside" leaves its list within seconds, not at the next lease renewal
      await().atMost(Duration.ofSeconds(20)).until(() -> storeTaskState(reference).equals("CANCELLED"));
      WebSession mia = new WebSession(port);
      mia.signIn("mia", "demo");
      assertThat(mia.get("/staff/tasks").body()).doesNotContain(reference);

      await().atMost(JOURNEY_TIMEOUT).untilAsserted(
          () -> assertThat(jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(reference).query(String.class).single())
              .isEqualTo("CLOSED"));
      assertThat(jdbc.sql("SELECT h.end_reason FROM stock_holds h JOIN service_requests r ON r.id = h.request_id WHERE r.reference = ?")
              .param(reference).query(String.class).single())
          .isEqualTo("CANCELLED");
      assertThat(stock.level(StaffDemoData.STORE_BERLIN, sofa).orElseThrow().available()).isEqualTo(1);
      page.reload();
      assertThat(page.locator("#cancel-reservation")).hasCount(0);
    }
  }

  private String storeTaskState(String reference) {
    return jdbc.sql("SELECT state FROM user_tasks WHERE reference = ? ORDER BY created_at DESC LIMIT 1")
        .param(reference)
        .query(String.class)
        .optional()
        .orElse("none");
  }

  @Test
  void theCounterRefusesAWrongCode_andHandsOverAgainstTheRightOne() {
    String sofa = sofaInBerlin("teal");
    SubmittedRequest reservation =
        journeys.typeAt("reservation").orElseThrow().intake().submit(
            IntakeInput.of(Map.of(
                "typeNumber", sofa, "storeId", StaffDemoData.STORE_BERLIN, "name", "Aylin Demir",
                "email", "aylin.ui+" + System.nanoTime() + "@example.com")),
            IntakeChannel.WEB);
    long jobKey =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> jdbc.sql("SELECT job_key FROM user_tasks WHERE reference = ? AND state = 'OPEN'")
                .param(reservation.reference()).query(Long.class).optional().orElse(null), k -> k != null);
    tasks.complete(jobKey, "mia", Map.of("setAside", "CONFIRMED"));
    String code =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> holds.ofRequest(reservation.id()).map(h -> h.pickupCode()).orElse(null), c -> c != null);

    try (BrowserContext mia = browser.newPerson(port)) {
      Page page = mia.newPage();
      page.navigate("/login");
      page.getByLabel("User name").fill("mia");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pickup counter")).click();

      page.getByLabel("Pickup code").fill("WRONG1");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look up")).click();
      assertThat(page.locator("#pickup-problem")).containsText("No reservation has the pickup code WRONG1");
      assertThat(page.locator("#hand-over")).hasCount(0);

      page.getByLabel("Pickup code").fill(code);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look up")).click();
      assertThat(page.locator("#pickup-reservation")).containsText(reservation.reference());
      assertThat(page.locator("#pickup-reservation")).containsText("Aylin Demir");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand over")).click();
      assertThat(page.locator(".notice")).containsText("Handed over: " + reservation.reference());
    }
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(reservation.reference()).query(String.class).single())
            .isEqualTo("CLOSED"));
    assertThat(stock.level(StaffDemoData.STORE_BERLIN, sofa).orElseThrow().onHand()).isZero();
  }

  private static String reference(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    assertThat(matcher.find()).as("a reference number in " + text).isTrue();
    return matcher.group();
  }
}
