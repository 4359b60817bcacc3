package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer rates her closed complaint in a real headless Chromium: a missing choice is a field error, then thanks, then "once". */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintRatingInBrowserTest {

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

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

  @Test
  void ritaRatesHerComplaint_withoutLogin() {
    var journey = new ComplaintRatingJourneyTest();
    journey.port = port;
    journey.imapHost = imapHost;
    journey.imapPort = imapPort;
    journey.jdbc = jdbc;
    var closed = journey.answeredAndClosed("The kettle leaks.");

    try (BrowserContext rita = browser.newPerson(port)) {
      Page page = rita.newPage();
      page.navigate("/rate/" + closed.token());
      assertThat(page.getByRole(AriaRole.HEADING)).containsText(closed.reference());

      page.getByLabel("A comment").fill("The new kettle came the next day.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my rating")).click();
      assertThat(page.locator(".field-error")).containsText("Please choose from 1");
      assertThat(page.getByLabel("A comment")).hasValue("The new kettle came the next day.");

      page.getByLabel("4").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my rating")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Thank you for your rating");

      page.navigate("/rate/" + closed.token());
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("You have rated this complaint already");
      assertThat(page.locator("#rating-form")).hasCount(0);
    }
  }
}
