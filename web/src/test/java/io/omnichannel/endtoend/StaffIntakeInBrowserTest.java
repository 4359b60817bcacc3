package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Anna takes a question at the store counter in a real headless Chromium. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffIntakeInBrowserTest {

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
  void annaFindsAylin_andTakesHerQuestionAtTheCounter() {
    try (BrowserContext anna = browser.newPerson(port)) {
      Page page = anna.newPage();
      page.navigate("/staff/requests/new");
      page.getByLabel("User name").fill("anna");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      page.navigate("/staff/requests/new");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Question").setExact(true)).click();
      page.getByLabel("Find the customer").fill("dem");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
      assertThat(page.locator("#customer-results")).containsText("K-100988");
      page.locator("#customer-results a[data-customer='K-100988']").click();

      assertThat(page.getByLabel("Customer's name")).hasValue("Aylin Demir");
      assertThat(page.getByLabel("E-mail address")).hasValue("aylin.demir@example.com");
      page.getByLabel("At the store counter").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the request")).click();
      assertThat(page.locator(".field-error")).containsText("Please write your question.");

      page.getByLabel("At the store counter").check();
      page.getByLabel("The question").fill("Which descaler suits the CF-80?");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the request")).click();

      assertThat(page).hasURL(Pattern.compile(".*/staff/requests/submitted$"));
      assertThat(page.locator("#reference")).hasText(Pattern.compile("SR-\\d{4}-\\d{6}"));
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("read this out");
      assertThat(page.locator("#tracking-link")).hasText(Pattern.compile(".*/track/[A-Za-z0-9_-]{20,}$"));
    }
  }
}
