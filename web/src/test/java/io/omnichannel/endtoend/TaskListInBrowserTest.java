package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.camunda.client.CamundaClient;
import io.omnichannel.tasks.Absences;
import io.omnichannel.tasks.TaskLeaseKeeper;
import io.omnichannel.tasks.TaskService;
import java.time.Duration;
import java.util.Map;
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
 * back, and a task the engine cancelled. Filters, claims, assignments, the completion form and the
 * refresh happen in place through htmx: {@link #markPage} and {@link #assertSamePage} prove no
 * navigation happened. Each test raises its own request, so it only looks at its own reference.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListInBrowserTest {

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
      markPage(page);
      page.locator("#queue-service-centre").click();
      assertThat(page).hasURL(Pattern.compile(".*/staff/tasks\\?view=service-centre$"));
      assertThat(page.locator("#queue-service-centre")).hasClass(Pattern.compile("current"));
      assertThat(page.locator("#queue-service-centre .badge").first()).hasText(Pattern.compile("\\d+"));

      page.locator("input[name=q]").fill(task.reference());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      assertThat(page.locator("#tasks tbody tr")).hasCount(1);
      assertThat(page).hasURL(Pattern.compile(".*view=service-centre&q=" + task.reference() + "$"));
      page.locator("input[name=q]").fill("tilda search");
      assertThat(page).hasURL(Pattern.compile(".*q=tilda%20search$"));
      assertThat(page.locator("tr[data-reference='" + task.reference() + "']")).hasCount(1);
      assertThat(page.locator("#tasks tbody tr", new Page.LocatorOptions().setHasNotText("Tilda Search"))).hasCount(0);
      page.getByLabel("SLA").selectOption("overdue");
      assertThat(page.locator(".empty")).containsText("No open task matches these filters");
      assertThat(page).hasURL(Pattern.compile(".*sla=overdue.*"));
      assertSamePage(page);

      page.goBack();
      assertThat(page).hasURL(Pattern.compile(".*q=tilda%20search$"));
      assertThat(page.locator("tr[data-reference='" + task.reference() + "']")).hasCount(1);
      assertThat(page.getByLabel("SLA")).hasValue("");

      page.navigate("/staff/tasks/" + task.jobKey());
      markPage(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("You claimed this task");
      assertThat(page.locator("#assignee")).hasText("anna");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release to the team queue"))).isVisible();
      assertSamePage(page);
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

      markPage(page);
      page.getByLabel("Answer to the customer").fill("Half an answer");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
      assertThat(page.locator("#complete .field-error")).containsText("Choose whether to send a manual");
      assertThat(page.getByLabel("Answer to the customer")).hasValue("Half an answer");
      assertSamePage(page);
      page.getByLabel("Answer the customer in writing").check();
      page.getByLabel("Answer to the customer").fill("We have asked you for the receipt; the manual follows once we have it.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText(task.reference() + " is completed");
      assertThat(page.locator("tr[data-reference='" + task.reference() + "']")).hasCount(0);
    }
  }

  @Test
  void aNewTaskAppearsInAnOpenListAndIsClaimedOnTheListInPlace() {
    try (BrowserContext anna = browser.newPerson(port)) {
      Page page = signIn(anna, "anna");
      page.navigate("/staff/tasks?view=service-centre&q=Norbert%20Newcomer");
      assertThat(page.locator(".empty")).isVisible();
      markPage(page);

      QueuedTask task = queueTask("Norbert Newcomer");
      Locator row = page.locator("tr[data-reference='" + task.reference() + "']");
      assertThat(row).hasCount(1);
      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim")).click();

      assertThat(row.locator(".assignee")).hasText("anna");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("You claimed “Review manual request” for " + task.reference());
      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release")).click();
      assertThat(row.locator(".assignee")).hasText("—");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText(task.reference() + " is back in the team queue");
      assertSamePage(page);
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
      markPage(page);
      page.getByLabel("Assign to a colleague").selectOption(new SelectOption().setLabel("Ben Brandt"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("now assigned to ben");
      assertThat(page.locator("#assignee")).hasText("ben");
      assertThat(page.locator("#request-history")).containsText("assigned to Ben Brandt");
      assertSamePage(page);
      assertThat(mailsTo("ben@staff.shop.example", "Assigned to you: Review manual request · " + task.reference())).isEqualTo(1);

      page.navigate("/staff/tasks?q=" + task.reference());
      markPage(page);
      Locator row = page.locator("tr[data-reference='" + task.reference() + "']");
      row.locator("select[name=assignee]").selectOption(new SelectOption().setLabel("Anna Albers"));
      row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign")).click();
      assertThat(row.locator(".assignee")).hasText("anna");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText(task.reference() + " is now assigned to anna");
      assertSamePage(page);
      assertThat(mailsTo("anna@staff.shop.example", "Assigned to you: Review manual request · " + task.reference())).isEqualTo(1);
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
      markPage(list);
      Page detail = anna.newPage();
      detail.navigate("/staff/tasks/" + task.jobKey());
      markPage(detail);

      camunda.newCancelInstanceCommand(task.processInstanceKey()).send().join();
      await().atMost(Duration.ofSeconds(30)).until(() -> !leaseKeeper.checkNow(task.jobKey()));

      assertThat(list.locator("tr[data-reference='" + task.reference() + "']")).hasCount(0);
      assertThat(list.locator(".empty")).containsText("No open task matches these filters");
      assertSamePage(list);
      detail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      assertThat(detail.getByRole(AriaRole.ALERT)).containsText("This task is gone: it was cancelled");
      assertSamePage(detail);
      detail.navigate("/staff/tasks/" + task.jobKey());
      assertThat(detail.locator(".gone")).containsText("This task was cancelled");
    }
  }

  /**
   * Marks the loaded document; a navigation (a full page load) would lose the mark. Waits until the
   * page is loaded and htmx is there first: a click before that is a plain link's full page load.
   */
  private static void markPage(Page page) {
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    page.waitForFunction("() => window.htmx !== undefined");
    page.evaluate("() => { window.stillTheSamePage = true; }");
  }

  private static void assertSamePage(Page page) {
    assertThat(page.evaluate("() => window.stillTheSamePage === true")).as("no full page load").isEqualTo(true);
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

  private QueuedTask queueTask(String customer) {
    return QueuedTask.raise(port, jdbc, customer);
  }

  private long mailsTo(String recipient, String subjectPart) {
    return jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like ?")
        .params(recipient, "%" + subjectPart + "%")
        .query(Long.class)
        .single();
  }
}
