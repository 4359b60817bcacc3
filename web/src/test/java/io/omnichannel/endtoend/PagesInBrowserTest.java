package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer's and the staff's pages in a real headless Chromium, as people use them. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInBrowserTest {

  @LocalServerPort int port;

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
  void customerFixesHerMistakesAndFollowsHerRequest() {
    try (BrowserContext person = browser.newPerson(port)) {
      Page page = person.newPage();
      page.navigate("/requests/manual/new");

      page.getByLabel("Your name").fill("Jonas Berger");
      page.getByLabel("E-mail address").fill("jonas.berger.at.example.com");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();

      assertThat(page.locator(".field-error")).containsText(new String[] {
        "This does not look like an e-mail address.", "Please give the type number from the type plate."});
      assertThat(page.getByLabel("Your name")).hasValue("Jonas Berger");

      page.getByLabel("E-mail address").fill("jonas.berger@example.com");
      page.getByLabel("Type number of the product").fill("DG-220");
      page.getByLabel("Order number").fill("W-2026-7781");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();

      assertThat(page).hasURL(Pattern.compile(".*/track/[A-Za-z0-9_-]{20,}$"));
      assertThat(page.locator(".reference")).hasText(Pattern.compile("SR-\\d{4}-\\d{6}"));
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("We have your request");
      assertThat(page.locator(".timeline li").first()).isVisible();
    }
  }

  @Test
  void colleagueSignsInAndSendsTheManualTheAutomationCouldNotSend() {
    String reference;
    try (BrowserContext customer = browser.newPerson(port)) {
      Page page = customer.newPage();
      page.navigate("/requests/manual/new");
      page.getByLabel("Your name").fill("Kim Walk-in");
      page.getByLabel("E-mail address").fill("kim.walkin@example.com");
      page.getByLabel("Type number of the product").fill("CF-80");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
      reference = page.locator(".reference").textContent();
    }

    try (BrowserContext colleague = browser.newPerson(port)) {
      Page page = colleague.newPage();
      page.navigate("/staff/tasks");
      assertThat(page).hasURL(Pattern.compile(".*/login$"));
      page.getByLabel("User name").fill("ben");
      page.getByLabel("Password").fill("wrong");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page.locator(".error")).containsText("wrong password");
      page.getByLabel("User name").fill("ben");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

      Locator row = page.locator("tr[data-reference='" + reference + "']");
      for (int attempt = 0; attempt < 60 && row.count() == 0; attempt++) {
        page.waitForTimeout(1000);
        page.reload();
      }
      row.getByRole(AriaRole.LINK).click();

      assertThat(page.locator("#request")).containsText("Kim Walk-in");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("You claimed this task");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
      assertThat(page.locator(".field-error")).containsText("Choose whether to send a manual");

      page.getByLabel("Send a manual from the library").check();
      page.getByLabel("Manual to send").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
          page.locator("select[name=manualDocumentId] option", new Page.LocatorOptions().setHasText("CF-80")).textContent().strip()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();

      assertThat(page.getByRole(AriaRole.STATUS)).containsText(reference + " is completed");
      assertThat(page.locator("tr[data-reference='" + reference + "']")).hasCount(0);
    }
  }

  @Test
  void theApiDocumentationRendersUnderTheContentSecurityPolicy() {
    try (BrowserContext integrator = browser.newPerson(port)) {
      Page page = integrator.newPage();
      page.navigate("/swagger-ui/index.html");

      // the first call of /v3/api-docs builds the document, which takes a while on a busy machine
      assertThat(page.locator("#swagger-ui"))
          .containsText("/api/v1/requests/manual", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
      assertThat(page.locator("#swagger-ui .info")).containsText("Omnichannel service requests API");
      // a violation on the way fails the class when the browser closes (Browser#close)
    }
  }
}
