package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where requests wait, in headless Chromium: the diagram carries a badge at the task a question
 * waits at; a click on it lists the requests there; the request's instance view marks the task it
 * is at on its own diagram.
 */
@EndToEndTest
class WhereRequestsWaitInBrowserTest {

  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");
  private static final String TASK = "UserTask_HandleCustomerRequest";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theBadgeAtTheTaskLeadsToTheRequestAndItsInstanceMarksWhereItIs() {
    String reference = askAQuestion();
    long instance = await().atMost(Duration.ofSeconds(60)).until(
        () -> jdbc.sql("""
                SELECT process_instance_key FROM history_element_instances e
                WHERE e.element_id = :task AND e.state = 'ACTIVE' AND e.process_instance_key IN
                  (SELECT process_instance_key FROM history_process_instances WHERE request_reference = :r)""")
            .param("task", TASK).param("r", reference).query(Long.class).optional().orElse(null),
        key -> key != null);
    int version = jdbc.sql("SELECT version FROM history_process_instances WHERE process_instance_key = :k")
        .param("k", instance).query(Integer.class).single();
    try (Browser browser = new Browser(); BrowserContext paul = browser.newPerson(port)) {
      Page page = paul.newPage();
      page.navigate("/login");
      page.getByLabel("User name").fill("paul");
      page.getByLabel("Password").fill("demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page).hasURL(Pattern.compile(".*/staff/.*"));

      page.navigate("/staff/console/models/customer-request?version=" + version);
      var diagram = page.locator(".diagram");
      assertThat(diagram).hasAttribute("data-figures", "shown");
      var badge = page.locator(".figure-badges[data-element='" + TASK + "'] .badge.waiting");
      assertThat(badge).isVisible();
      badge.click();
      assertThat(page).hasURL(Pattern.compile(".*/staff/console/models/customer-request/elements/" + TASK + ".*"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();

      assertThat(page).hasURL(Pattern.compile(".*/staff/console/instances/" + instance));
      assertThat(page.locator(".diagram")).hasAttribute("data-rendered", "true");
      assertThat(page.locator(".diagram .path-active[data-element-id='" + TASK + "']")).hasCount(1);
      assertThat(page.locator(".diagram .path-passed[data-element-id='ServiceTask_AcknowledgeRequest']")).hasCount(1);
    }
  }

  private String askAQuestion() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/question/new");
    WebSession.Page status = customer.postMultipart(
        "/requests/question",
        Map.of("name", "Wanda Waiting", "email", "wanda+" + System.nanoTime() + "@example.com", "subject", "Delivery",
            "message", "Where are my kitchen chairs?"),
        null);
    Matcher matcher = REFERENCE.matcher(status.body());
    org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
    return matcher.group();
  }
}
