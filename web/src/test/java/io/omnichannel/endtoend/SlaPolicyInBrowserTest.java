package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.omnichannel.sla.SlaPolicies;
import io.omnichannel.sla.SlaPolicy;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Paul edits an SLA policy in a real headless Chromium: a wrong share is a field error, a right one a new version. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaPolicyInBrowserTest {

  @LocalServerPort int port;
  @Autowired SlaPolicies policies;

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
  void paulEditsTheCallbackPolicy_aWrongShareIsShownAtItsField_thenSaved() {
    // callbacks have no process owners' rung: changing it disturbs no other test
    SlaPolicy original = policies.get("CALLBACK", SlaPolicy.REVIEW);
    int changed = original.processOwnersAtPercent() == 250 ? 300 : 250;
    try (BrowserContext paul = browser.newPerson(port)) {
      Page page = paul.newPage();
      page.navigate("/login");
      page.getByLabel("User name").fill("paul");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      page.waitForURL(Pattern.compile(".*/staff/.*"));

      page.navigate("/staff/console");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SLA policies")).click();
      page.locator("#policy-CALLBACK-REVIEW").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Edit")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("CALLBACK · REVIEW");

      page.locator("#processOwnersAtPercent").fill("100");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
      assertThat(page.locator(".field-error")).containsText("from 101 to 1000 %");
      assertThat(page.locator("#processOwnersAtPercent")).hasValue("100");

      page.locator("#processOwnersAtPercent").fill(Integer.toString(changed));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
      assertThat(page.locator("#processOwnersAtPercent")).hasValue(Integer.toString(changed));
      assertThat(page.locator("#audit-log")).containsText(original.processOwnersAtPercent() + " → " + changed);
      assertThat(page.locator("#audit-log")).containsText("paul");

      // the calendar's page too, watched for policy violations like every page here
      page.navigate("/staff/console/calendars/store-hours-de");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Store hours Germany");
      assertThat(page.locator("#mon-opens")).hasValue("09:00");
      assertThat(page.locator("#sun-opens")).hasValue("");
    } finally {
      policies.change(original, "sla-browser-test");
    }
  }
}
