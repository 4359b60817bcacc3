package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journey 5 in a real headless Chromium: the phone reservation from the stock page, and the counter view. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterInBrowserTest {

  @LocalServerPort int port;

  @Autowired StockLocations stock;
  @Autowired PurchaseRecords products;
  @Autowired CustomerDirectory customers;
  @Autowired JdbcClient jdbc;

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  private static Page signedIn(BrowserContext person, String username, String path) {
    Page page = person.newPage();
    page.navigate(path);
    page.getByLabel("User name").fill(username);
    page.getByLabel("Password").fill("demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.navigate(path);
    return page;
  }

  @Test
  void annaReservesForACallerFromTheStockPage_theProductAndStoreStayThroughTheCustomerSearch() {
    String sofa = "VS-PHONE-" + System.nanoTime();
    products.addProduct(sofa, "Verona velvet sofa, phone test", "Casa Nova");
    stock.setOnHand(StaffDemoData.STORE_BERLIN, sofa, 1);
    try (BrowserContext anna = browser.newPerson(port)) {
      Page page = signedIn(anna, "anna", "/staff/stock?q=" + sofa);
      page.locator("tr[data-location=" + StaffDemoData.STORE_BERLIN + "]").getByRole(AriaRole.LINK).click();
      assertThat(page.locator("form[method=post] input[name=typeNumber]")).hasValue(sofa);
      assertThat(page.locator("form[method=post] select[name=storeId]")).hasValue(StaffDemoData.STORE_BERLIN);

      page.getByLabel("Find the customer").fill("dem");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      assertThat(page.locator("#customer-results")).containsText("K-100988");
      assertThat(page.locator("form[method=post] input[name=typeNumber]")).hasValue(sofa);
      assertThat(page.locator("form[method=post] select[name=storeId]")).hasValue(StaffDemoData.STORE_BERLIN);

      page.locator("#new-customer").click();
      assertThat(page.locator("form[method=post] input[name=typeNumber]")).hasValue(sofa);
      assertThat(page.locator("form[method=post] select[name=storeId]")).hasValue(StaffDemoData.STORE_BERLIN);

      page.getByLabel("Find the customer").fill("dem");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      page.locator("#customer-results a[data-customer='K-100988']").click();
      assertThat(page.getByLabel("Customer's name")).hasValue("Aylin Demir");
      assertThat(page.locator("form[method=post] input[name=typeNumber]")).hasValue(sofa);
      assertThat(page.locator("form[method=post] select[name=storeId]")).hasValue(StaffDemoData.STORE_BERLIN);

      page.getByLabel("On the phone").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the request")).click();
      assertThat(page).hasURL(Pattern.compile(".*/staff/requests/submitted$"));
      String reference = page.locator("#reference").textContent().strip();
      assertThat(jdbc.sql("SELECT r.type_number || ' ' || d.store_id FROM service_requests r JOIN reservation_details d ON d.request_id = r.id "
              + "WHERE r.reference = ?").param(reference).query(String.class).single())
          .isEqualTo(sofa + " " + StaffDemoData.STORE_BERLIN);
    }
  }

  @Test
  void paulOpensMariasCounterView_fromTheCustomerSearch_andNotesHisAdvice() {
    UUID maria = customers.byCustomerNumber("K-100234").orElseThrow().getId();
    String advice = "Recommended the velvet brush " + System.nanoTime() + "; she will measure her door.";
    try (BrowserContext paul = browser.newPerson(port)) {
      Page page = signedIn(paul, "paul", "/staff/tasks");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Customers").setExact(true)).click();
      page.getByLabel("Find a customer").fill("K-100234");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      page.locator("#customer-results").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Maria Keller")).click();
      page.locator("#counter-view-link").click();
      assertThat(page).hasURL(Pattern.compile(".*/staff/customers/" + maria + "/counter$"));
      assertThat(page.locator("#who")).containsText("K-100234");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the note")).click();
      assertThat(page.locator("#note-error")).containsText("Please write what you advised");

      page.getByLabel("What you advised").fill(advice);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the note")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your note is on her timeline.");
      assertThat(page.locator("#advice-notes")).containsText(advice);
      assertThat(page.locator("#advice-notes")).containsText("paul");
    }
  }
}
