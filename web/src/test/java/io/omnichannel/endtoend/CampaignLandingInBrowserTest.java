package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.omnichannel.campaigns.CampaignDraft;
import io.omnichannel.campaigns.Campaigns;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The poster's landing page in headless Chromium: choose a store, see the stock near it, reserve with the campaign carried along. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignLandingInBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Campaigns campaigns;
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
  void aVisitorChoosesHerStore_seesWhereTheSofaIs_andReservesItThroughTheCampaign() {
    String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    String sofa = "VS-P-" + unique;
    String code = "UI-" + unique;
    products.addProduct(sofa, "Verona velvet sofa, poster " + unique, "Casa Nova");
    stock.setOnHand(StaffDemoData.STORE_BERLIN, sofa, 1);
    stock.setOnHand(StaffDemoData.STORE_MUNICH, sofa, 0);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    campaigns.create(
        new CampaignDraft(code, "Poster week " + unique, "The sofa from the poster.", List.of(sofa),
            List.of(StaffDemoData.STORE_MUNICH, StaffDemoData.STORE_BERLIN), today.toString(), today.plusDays(7).toString()),
        "paul");

    try (BrowserContext visitor = browser.newPerson(port)) {
      Page page = visitor.newPage();
      page.navigate("/p/" + code);
      assertThat(page.locator("h1")).hasText("Poster week " + unique);
      assertThat(page.locator(".offer")).hasText("The sofa from the poster.");

      page.getByLabel("Your store").selectOption(StaffDemoData.STORE_MUNICH);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show stock")).click();

      var rows = page.locator("#campaign-stock tbody tr");
      assertThat(rows).hasCount(2);
      assertThat(rows.nth(0)).containsText("Store Munich");
      assertThat(rows.nth(0)).containsText("your store");
      assertThat(rows.nth(0)).containsText("none left");
      assertThat(rows.nth(1)).containsText("Store Berlin");
      assertThat(rows.nth(1)).containsText("1 available");
      assertThat(rows.nth(0).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Reserve"))).hasCount(0);

      rows.nth(1).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Reserve")).click();

      assertThat(page).hasURL(Pattern.compile(".*/requests/reservation/new\\?.*campaign=" + code + ".*"));
      assertThat(page.locator("#product-choice")).hasValue(sofa);
      assertThat(page.locator("input[name=storeId][value=" + StaffDemoData.STORE_BERLIN + "]")).isChecked();
      assertThat(page.locator("input[type=hidden][name=campaign]")).hasValue(code);
      assertThat(page.locator("input[type=file]")).hasCount(0); // no stray file input after each field
      String email = "poster.ui+" + System.nanoTime() + "@example.com";
      page.getByLabel("Your name").fill("Aylin Demir");
      page.getByLabel("E-mail address").fill(email);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reserve")).click();

      assertThat(page).hasURL(Pattern.compile(".*/track/.*"));
      assertThat(jdbc.sql("""
              SELECT a.campaign_code || '/' || a.request_type FROM campaign_attributions a
                JOIN service_requests r ON r.id = a.request_id WHERE r.contact_email = ?""")
              .param(email).query(String.class).single())
          .isEqualTo(code + "/RESERVATION");
    }
    assertThat(jdbc.sql("SELECT sum(scans) FROM campaign_scans WHERE campaign_code = ?").param(code).query(Long.class).single())
        .as("choosing a store is no second scan").isEqualTo(1);
  }
}
