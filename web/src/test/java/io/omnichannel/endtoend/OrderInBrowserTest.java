package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.omnichannel.api.ApiClient;
import io.omnichannel.demo.OrderDemoData;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order's pages in headless Chromium: the store's split call with its script (not reached: the
 * notice goes by mail), the pick-and-pack task with its card, and the customer's status page with
 * her parcels and her choice about an item nobody has.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderInBrowserTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StockLocations stock;
  @Autowired PurchaseRecords products;

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theStoreCallsWithTheScript_theCustomerSeesHerParcelsAndChoosesAboutTheMissingItem() {
    String reel = "RL-UI-" + System.nanoTime();
    products.addProduct(reel, "Spinning reel 2500", "Angelfreund");
    String orderNumber = "W-UI-" + System.nanoTime();
    ApiClient.Response created = new ApiClient(port, "demo-shop-key").postJson("/api/v1/orders", ApiClient.json(Map.of(
        "orderNumber", orderNumber,
        "customer", Map.of("name", "Tom Fischer", "email", "tom.ui+" + System.nanoTime() + "@example.com"),
        "delivery", Map.of("method", "SHIP", "address", "Tom Fischer, Seestr. 4, 13353 Berlin", "city", "Berlin"),
        "lines", List.of(
            Map.of("typeNumber", OrderDemoData.LURES, "quantity", 1),
            Map.of("typeNumber", OrderDemoData.HOOKS, "quantity", 1),
            Map.of("typeNumber", reel, "quantity", 1)))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String reference = created.json().get("reference").asText();
    String trackingPath = URI.create(created.json().get("trackingUrl").asText()).getPath();

    try (BrowserContext mia = browser.newPerson(port)) {
      Page page = mia.newPage();
      page.navigate("/login");
      page.getByLabel("User name").fill("mia");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      await().atMost(JOURNEY_TIMEOUT).until(() -> openTasks(reference, "order-split-call") == 1);
      page.navigate("/staff/tasks?view=" + StaffDemoData.STORE_BERLIN);
      assertThat(page.locator("main")).containsText(reference);
      page.navigate("/staff/tasks/" + openTask(reference, "order-split-call"));
      assertThat(page.locator("main")).containsText("Call the customer before any parcel leaves");
      assertThat(page.locator("main")).containsText(orderNumber);
      page.getByLabel("Not reached: he gets the notice by e-mail").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
      assertThat(page.locator(".notice")).containsText("is completed");

      await().atMost(JOURNEY_TIMEOUT).until(() -> openTasks(reference, "order-store-pack") == 1);
      page.navigate("/staff/tasks/" + openTask(reference, "order-store-pack"));
      assertThat(page.locator("a.community-card")).isVisible();
      assertThat(page.locator("main")).containsText(OrderDemoData.HOOKS);
    }

    try (BrowserContext tom = browser.newPerson(port)) {
      Page page = tom.newPage();
      page.navigate(trackingPath);
      await().atMost(JOURNEY_TIMEOUT).untilAsserted(() -> {
        page.reload();
        assertThat(page.locator("#missing-items")).isVisible();
      });
      assertThat(page.locator("#parcels")).containsText("Store Berlin");
      assertThat(page.locator("#parcels")).containsText("Online shop warehouse");
      assertThat(page.locator("#missing-items")).containsText("Spinning reel 2500");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel them")).click();
      assertThat(page.locator(".notice")).containsText("the missing items are cancelled");
      await().atMost(JOURNEY_TIMEOUT).untilAsserted(() -> {
        page.reload();
        assertThat(page.locator("#missing-items")).hasCount(0);
        assertThat(page.locator(".timeline")).containsText("The missing items are cancelled");
      });
      assertThat(page.locator(".timeline")).containsText("comes in 2 parcels");
    }
    assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox m JOIN service_requests r ON r.id = m.request_id WHERE r.reference = ? AND m.subject LIKE 'Your order comes in%'")
            .param(reference).query(Long.class).single())
        .as("not reached by phone: the split notice by mail").isEqualTo(1);
  }

  private long openTask(String reference, String formKey) {
    return jdbc.sql("SELECT job_key FROM user_tasks WHERE reference = ? AND form_key = ? AND state = 'OPEN'")
        .params(reference, formKey).query(Long.class).single();
  }

  private long openTasks(String reference, String formKey) {
    return jdbc.sql("SELECT count(*) FROM user_tasks WHERE reference = ? AND form_key = ? AND state = 'OPEN'")
        .params(reference, formKey).query(Long.class).single();
  }
}
