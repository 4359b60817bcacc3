package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard in headless Chromium: Chart.js draws every chart under the page's CSP, and the period picker changes the figures. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardInBrowserTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String CHANNEL_TOTAL =
      "() => Chart.getChart(document.getElementById('chart-volume-channel')).data.datasets[0].data.reduce((a, b) => a + b, 0)";

  @LocalServerPort int port;
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
  void paulReadsTheChartsAndPicksAnotherPeriod() {
    ScriptedHistory history = new ScriptedHistory(jdbc);
    // May 2013: two requests; June 2013: five
    history.request("MANUAL_REQUEST", "WEB", at("2013-05-06T10:00"), at("2013-05-06T15:00"));
    history.request("COMPLAINT", "EMAIL", at("2013-05-07T10:00"), null);
    for (int day = 3; day <= 7; day++) {
      history.request("MANUAL_REQUEST", day % 2 == 0 ? "PHONE" : "STORE", at("2013-06-0" + day + "T11:00"), at("2013-06-0" + day + "T16:00"));
    }

    try (BrowserContext paul = browser.newPerson(port)) {
      Page page = paul.newPage();
      page.navigate("/login");
      page.getByLabel("User name").fill("paul");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      page.navigate("/staff/console");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What customers experience")).click();
      assertThat(page.locator("h1")).hasText("What customers experience");

      page.getByLabel("From").fill("2013-05-01");
      page.getByLabel("To (included)").fill("2013-05-31");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      assertThat(page).hasURL(Pattern.compile(".*from=2013-05-01&to=2013-05-31"));
      assertThat(page.locator("#figure-requests")).hasText("2");

      int canvases = page.locator("canvas[data-chart]").count();
      assertThat(canvases).isEqualTo(9);
      Object drawn = page.evaluate(
          "() => Array.from(document.querySelectorAll('canvas[data-chart]')).filter(c => Chart.getChart(c) !== undefined && c.width > 0).length");
      assertThat(((Number) drawn).intValue()).as("a Chart.js chart on every canvas").isEqualTo(canvases);
      assertThat(((Number) page.evaluate(CHANNEL_TOTAL)).intValue()).isEqualTo(2);
      assertThat(page.locator("#table-volume-channel tbody tr")).hasCount(2);

      page.getByLabel("From").fill("2013-06-01");
      page.getByLabel("To (included)").fill("2013-06-30");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      assertThat(page.locator("#figure-requests")).hasText("5");
      assertThat(((Number) page.evaluate(CHANNEL_TOTAL)).intValue()).isEqualTo(5);
      assertThat(page.locator("#table-volume-channel tbody tr").first()).containsText("STORE");
      assertThat(page.locator("#table-resolution tbody tr").last()).containsText("All");
      assertThat(page.locator("#table-resolution tbody tr").last()).containsText("5.00"); // 11:00 → 16:00 every day

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last 7 days")).click();
      LocalDate today = LocalDate.now(BERLIN);
      assertThat(page).hasURL(Pattern.compile(".*from=" + today.minusDays(6) + "&to=" + today));
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last 7 days"))).hasClass(Pattern.compile("current"));
      assertThat(page.locator("#period-said")).containsText(today.minusDays(6) + " to " + today + " (7 days)");
      assertThat(page.getByLabel("From")).hasValue(today.minusDays(6).toString());
    }
  }

  private static java.time.Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
  }
}
