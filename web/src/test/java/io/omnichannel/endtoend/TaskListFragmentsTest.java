package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.tasks.TaskLeaseKeeper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task list over HTTP as htmx and a plain browser ask for it: the same URLs answer a whole page,
 * or to an htmx request only the fragment to swap, with htmx's response headers.
 */
@EndToEndTest
class TaskListFragmentsTest {

  private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CamundaClient camunda;
  @Autowired TaskLeaseKeeper leaseKeeper;

  @Test
  void theListAnswersAWholePageOrToHtmxTheResultsWithTabsOutOfBandAndTheUrlToPush() {
    QueuedTask task = QueuedTask.raise(port, jdbc, "Fiona Fragment");
    WebSession anna = signedIn("anna");
    String path = "/staff/tasks?view=service-centre&q=" + task.reference() + "&type=&sla=";

    Page page = anna.get(path);
    assertThat(page.body()).contains("<html").contains("id=\"filters\"").contains("data-reference=\"" + task.reference() + "\"");
    assertThat(page.header("Vary")).contains("HX-Request");

    Page fragment = anna.get(path, HTMX);
    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.body())
        .doesNotContain("<html")
        .doesNotContain("id=\"messages\"")
        .doesNotContain("id=\"filters\"")
        .contains("id=\"task-list\"")
        .contains("data-reference=\"" + task.reference() + "\"")
        .containsPattern("id=\"queues\"[^>]*hx-swap-oob=\"true\"")
        .containsPattern("id=\"filter-view\"[^>]*value=\"service-centre\"");
    assertThat(fragment.header("HX-Push-Url")).isEqualTo("/staff/tasks?view=service-centre&q=" + task.reference());

    Page refresh = anna.get(path, Map.of("HX-Request", "true", "HX-Trigger", "task-list"));
    assertThat(refresh.body()).contains("data-reference=\"" + task.reference() + "\"");
    assertThat(refresh.header("HX-Push-Url")).as("a refresh pushes no history entry").isNull();

    Page restore = anna.get(path, Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));
    assertThat(restore.body()).contains("<html").contains("id=\"filters\"");
  }

  @Test
  void aClaimOnTheListAnswersHtmxTheRowAndAPlainFormGoesBackToTheSameList() {
    QueuedTask task = QueuedTask.raise(port, jdbc, "Ludwig Listclaim");
    WebSession anna = signedIn("anna");
    String list = "/staff/tasks?view=all&q=" + task.reference();
    anna.get(list);

    Page claimed = anna.postForm("/staff/tasks/" + task.jobKey() + "/claim", Map.of("list", list), HTMX);
    assertThat(claimed.status()).isEqualTo(200);
    assertThat(claimed.body().strip()).startsWith("<div id=\"task-list\"");
    assertThat(claimed.body())
        .doesNotContain("<html")
        .containsPattern("id=\"task-" + task.jobKey() + "\"[\\s\\S]*class=\"assignee\">anna<")
        .contains(">Release<")
        .containsPattern("id=\"queues\"[^>]*hx-swap-oob=\"true\"")
        .containsPattern("id=\"messages\"[^>]*hx-swap-oob=\"true\"")
        .contains("You claimed “Review manual request” for " + task.reference());
    assertThat(claimed.header("HX-Push-Url")).as("the list stays where it is").isNull();
    assertThat(claimed.body()).as("only team leads assign").doesNotContain("name=\"assignee\"");

    Page back = anna.postForm("/staff/tasks/" + task.jobKey() + "/release", Map.of("list", list));
    assertThat(back.uri().getPath() + "?" + back.uri().getQuery()).isEqualTo(list);
    assertThat(back.body()).contains("<html").contains(task.reference() + " is back in the team queue");

    Page elsewhere = anna.postForm("/staff/tasks/" + task.jobKey() + "/claim", Map.of("list", "https://evil.example/"));
    assertThat(elsewhere.uri().getPath()).as("only a task-list link is followed").isEqualTo("/staff/tasks/" + task.jobKey());
  }

  @Test
  void onTheTaskHtmxGetsTheChangedPartsAndTheFormWithFieldErrors() {
    QueuedTask task = QueuedTask.raise(port, jdbc, "Detlef Detail");
    WebSession anna = signedIn("anna");
    anna.get("/staff/tasks/" + task.jobKey());

    Page claimed = anna.postForm("/staff/tasks/" + task.jobKey() + "/claim", Map.of(), HTMX);
    assertThat(claimed.body())
        .doesNotContain("<html")
        .contains("id=\"task-actions\"")
        .contains("Release to the team queue")
        .containsPattern("id=\"assignee\"[^>]*hx-swap-oob=\"true\"[^>]*>anna<")
        .containsPattern("id=\"request-history\"[^>]*hx-swap-oob=\"true\"")
        .contains("You claimed this task");

    Page invalid = anna.postForm("/staff/tasks/" + task.jobKey() + "/complete", Map.of("decision", "ANSWER"), HTMX);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body().strip()).startsWith("<div id=\"complete-form\"");
    assertThat(invalid.body()).doesNotContain("<html").contains("field-error");

    Page done =
        anna.postForm(
            "/staff/tasks/" + task.jobKey() + "/complete",
            Map.of("decision", "ANSWER", "answerText", "The HB-12 has no separate manual; its box insert is the manual."),
            HTMX);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.header("HX-Redirect")).isEqualTo("/staff/tasks");
    assertThat(anna.get("/staff/tasks").body()).contains("for " + task.reference() + " is completed");
  }

  @Test
  void aTaskTheEngineCancelledTellsHtmxWhereToShowTheMessage() {
    QueuedTask task = QueuedTask.raise(port, jdbc, "Gisela Gone");
    WebSession anna = signedIn("anna");
    anna.get("/staff/tasks/" + task.jobKey());
    camunda.newCancelInstanceCommand(task.processInstanceKey()).send().join();
    await().atMost(Duration.ofSeconds(30)).until(() -> !leaseKeeper.checkNow(task.jobKey()));

    Page gone = anna.postForm("/staff/tasks/" + task.jobKey() + "/claim", Map.of(), HTMX);

    assertThat(gone.status()).isEqualTo(409);
    assertThat(gone.header("HX-Retarget")).isEqualTo("#messages");
    assertThat(gone.body()).doesNotContain("<html").contains("id=\"messages\"").contains("This task is gone");
    Page plain = anna.postForm("/staff/tasks/" + task.jobKey() + "/claim", Map.of());
    assertThat(plain.status()).isEqualTo(409);
    assertThat(plain.body()).contains("<html").contains("This task is not available");
  }

  private WebSession signedIn(String username) {
    WebSession session = new WebSession(port);
    session.signIn(username, "demo");
    return session;
  }
}
