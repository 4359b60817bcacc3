package io.omnichannel.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.camunda.client.CamundaClient;
import io.omnichannel.journeys.WebSession.Upload;
import io.omnichannel.tasks.Absences;
import io.omnichannel.tasks.TaskLeaseKeeper;
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

/**
 * The staff task list in headless Chromium: queues, search, claim, a reply from a template,
 * completion with a validation error, a team lead's reassignment, an absence that hands tasks
 * back, and a task the engine cancelled. Each test raises its own request, so it only looks at
 * its own reference.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListInBrowserTest {

  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService tasks;
  @Autowired TaskLeaseKeeper leaseKeeper;
  @Autowired Absences absences;
  @Autowired CamundaClient camunda;

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
  void agentFindsATaskByReferenceClaimsItRepliesFromATemplateAndCompletesIt() {
    QueuedTask task = queueTask("Tilda Search");
    try (BrowserContext anna = browser.newPerson(port)) {
      Page page = signIn(anna, "anna");
      page.locator("#queue-service-centre").click();
      assertThat(page.locator("#queue-service-centre .badge").first()).hasText(Pattern.compile("\\d+"));

      page.locator("input[name=q]").fill(task.reference());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      assertThat(page.locator("#tasks tbody tr")).hasCount(1);
      page.locator("input[name=q]").fill("tilda search");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      assertThat(page.locator("tr[data-reference='" + task.reference() + "']")).hasCount(1);
      assertThat(page.locator("#tasks tbody tr", new Page.LocatorOptions().setHasNotText("Tilda Search"))).hasCount(0);
      page.getByLabel("SLA").selectOption("overdue");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      assertThat(page.locator(".empty")).containsText("No open task matches these filters");

      page.navigate("/staff/tasks/" + task.jobKey());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("You claimed this task");
      page.navigate("/staff/tasks?view=mine");
      assertThat(page.locator("tr[data-reference='" + task.reference() + "']")).hasCount(1);

      page.navigate("/staff/tasks/" + task.jobKey());
      page.getByLabel("Start from a template").selectOption(new SelectOption().setLabel("Ask for the receipt"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use template")).click();
      Locator reply = page.locator("#reply");
      assertThat(reply.locator("textarea[name=body]")).hasValue(Pattern.compile("Dear Tilda Search,[\\s\\S]*HB-12[\\s\\S]*Anna Albers"));
      reply.locator("input[name=subject]").fill("");
      reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send reply")).click();
      assertThat(page.locator("#reply .field-error")).containsText("Give the e-mail a subject.");
      page.locator("#reply input[name=subject]").fill("Your request " + task.reference() + ": we need your receipt");
      page.locator("#reply").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send reply")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your reply is on its way");
      assertThat(page.locator("#request-history")).containsText("We wrote to you: Your request " + task.reference());
      assertThat(mailsTo(task.email(), "we need your receipt")).isEqualTo(1);

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
      assertThat(page.locator("#complete .field-error")).containsText("Choose whether to send a manual");
      page.getByLabel("Answer the customer in writing").check();
      page.getByLabel("Answer to the customer").fill("We have asked you for the receipt; the manual follows once we have it.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText(task.reference() + " is completed");
      assertThat(page.locator("tr[data-reference='" + task.reference() + "']")).hasCount(0);
    }
  }

  @Test
  void teamLeadReassignsAClaimedTaskToAColleagueAndAnAgentMayNot() {
    QueuedTask task = queueTask("Rita Reassign");
    tasks.claim(task.jobKey(), "anna");

    WebSession ben = new WebSession(port);
    ben.signIn("ben", "demo");
    ben.get("/staff/tasks/" + task.jobKey());
    WebSession.Page refused = ben.postForm("/staff/tasks/" + task.jobKey() + "/assign", Map.of("assignee", "ben"));
    assertThat(refused.body()).contains("Only a team lead of service-centre can assign this task.");

    try (BrowserContext lena = browser.newPerson(port)) {
      Page page = signIn(lena, "lena");
      page.navigate("/staff/tasks/" + task.jobKey());
      assertThat(page.locator("#assignee")).hasText("anna");
      page.getByLabel("Assign to a colleague").selectOption(new SelectOption().setLabel("Ben Brandt"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("now assigned to ben");
      assertThat(page.locator("#assignee")).hasText("ben");
      assertThat(page.locator("#request-history")).containsText("assigned to Ben Brandt");
    }
  }

  @Test
  void anAbsentColleaguesTasksGoBackToTheQueueAndTheTeamLeadIsTold() {
    QueuedTask task = queueTask("Anton Absence");
    tasks.claim(task.jobKey(), "ben");
    try (BrowserContext ben = browser.newPerson(port)) {
      Page page = signIn(ben, "ben");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My absence")).click();

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark me absent")).click();
      assertThat(page.locator(".field-error")).containsText("Choose how long you are away.");
      page.getByLabel("From now until further notice").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark me absent")).click();

      assertThat(page.getByRole(AriaRole.STATUS)).containsText("back in the team queue and your team lead is told");
      assertThat(page.locator("#absence-state")).containsText("You are marked absent");
      page.navigate("/staff/tasks?view=service-centre&q=" + task.reference());
      assertThat(page.locator("tr[data-reference='" + task.reference() + "'] .assignee")).hasText("—");
      assertThat(mailsTo("lena@staff.shop.example", "Ben Brandt is absent")).isGreaterThanOrEqualTo(1);

      page.navigate("/staff/tasks/" + task.jobKey());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      assertThat(page.locator(".error")).containsText("you are marked absent");

      page.navigate("/staff/absence");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I am back")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Welcome back");
    } finally {
      absences.markBack("ben");
    }
  }

  @Test
  void aTaskCancelledInTheEngineLeavesTheListAndSaysSoWhenActedOn() {
    QueuedTask task = queueTask("Carla Cancel");
    try (BrowserContext anna = browser.newPerson(port)) {
      Page list = signIn(anna, "anna");
      list.navigate("/staff/tasks?q=" + task.reference());
      assertThat(list.locator("tr[data-reference='" + task.reference() + "']")).hasCount(1);
      Page detail = anna.newPage();
      detail.navigate("/staff/tasks/" + task.jobKey());

      camunda.newCancelInstanceCommand(task.processInstanceKey()).send().join();
      await().atMost(Duration.ofSeconds(30)).until(() -> !leaseKeeper.checkNow(task.jobKey()));

      list.reload();
      assertThat(list.locator("tr[data-reference='" + task.reference() + "']")).hasCount(0);
      detail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      assertThat(detail.getByRole(AriaRole.ALERT)).containsText("This task is gone: it was cancelled");
      detail.navigate("/staff/tasks/" + task.jobKey());
      assertThat(detail.locator(".gone")).containsText("This task was cancelled");
    }
  }

  private Page signIn(BrowserContext person, String username) {
    Page page = person.newPage();
    page.navigate("/login");
    page.getByLabel("User name").fill(username);
    page.getByLabel("Password").fill("demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page).hasURL(Pattern.compile(".*/staff/tasks.*"));
    return page;
  }

  /** A request the automation cannot finish (no manual for HB-12 in the library), waiting in the service centre's queue. */
  private QueuedTask queueTask(String customer) {
    String email = customer.toLowerCase().replace(' ', '.') + "+" + System.nanoTime() + "@example.com";
    WebSession session = new WebSession(port);
    session.get("/requests/manual/new");
    WebSession.Page status =
        session.postMultipart(
            "/requests/manual",
            Map.of("name", customer, "email", email, "customerNumber", "K-101342", "typeNumber", "HB-12"),
            (Upload) null);
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).as("a reference on the status page").isTrue();
    String reference = matcher.group();
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> jdbc.sql("select job_key, process_instance_key from user_tasks where reference = ? and state = 'OPEN'")
                .param(reference)
                .query((rs, row) -> new QueuedTask(reference, email, rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(null),
            t -> t != null);
  }

  private long mailsTo(String recipient, String subjectPart) {
    return jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like ?")
        .params(recipient, "%" + subjectPart + "%")
        .query(Long.class)
        .single();
  }

  private record QueuedTask(String reference, String email, long jobKey, long processInstanceKey) {}
}
