package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff read through their work: a Munich store agent cannot open the service centre's task, the
 * customer's receipt or her customer page by guessing ids, and is told nothing more than for ids
 * that do not exist; the service centre's agent and lead, and the process owner, can.
 */
@EndToEndTest
class StaffReadScopeTest {

  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long jobKey;
  private UUID requestId;
  private UUID attachmentId;
  private UUID customerId;

  @BeforeEach
  void aServiceCentreTaskWithAReceipt() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Rosa Receipt", "email", "rosa+" + System.nanoTime() + "@example.com", "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt.png", "image/png", TestImages.png()));
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).isTrue();
    String reference = matcher.group();
    jobKey =
        await().atMost(Duration.ofSeconds(60))
            .until(
                () -> jdbc.sql("SELECT job_key FROM user_tasks WHERE reference = ? AND state = 'OPEN'").param(reference).query(Long.class).optional().orElse(null),
                key -> key != null);
    requestId = jdbc.sql("SELECT id FROM service_requests WHERE reference = ?").param(reference).query(UUID.class).single();
    customerId = jdbc.sql("SELECT customer_id FROM service_requests WHERE id = ?").param(requestId).query(UUID.class).single();
    attachmentId = jdbc.sql("SELECT id FROM request_attachments WHERE request_id = ?").param(requestId).query(UUID.class).single();
  }

  @Test
  void anotherTeamsAgentGetsNotFoundForTheTaskItsFileAndTheCustomer_asForIdsThatDoNotExist() {
    WebSession sophie = signedIn("sophie"); // agent of the Munich store

    Page task = sophie.get("/staff/tasks/" + jobKey);
    Page noSuchTask = sophie.get("/staff/tasks/" + (Long.MAX_VALUE - 1));
    assertThat(task.status()).isEqualTo(404);
    assertThat(task.body()).contains("This task does not exist.").doesNotContain("Rosa Receipt");
    assertThat(noSuchTask.status()).isEqualTo(404);
    assertThat(sophie.get(attachmentPath()).status()).isEqualTo(404);
    assertThat(sophie.get("/staff/requests/" + requestId + "/attachments/" + UUID.randomUUID()).status()).isEqualTo(404);
    Page customerPage = sophie.get("/staff/customers/" + customerId);
    assertThat(customerPage.status()).isEqualTo(404);
    assertThat(customerPage.body()).doesNotContain("Rosa Receipt");
    Page claim = sophie.postForm("/staff/tasks/" + jobKey + "/claim", Map.of());
    assertThat(claim.status()).as("actions answer alike").isEqualTo(404);
    assertThat(jdbc.sql("SELECT assignee FROM user_tasks WHERE job_key = ?").param(jobKey).query(String.class).optional()).isEmpty();
  }

  @Test
  void theTeamItsLeadAndTheProcessOwnerRead() {
    for (String username : new String[] {"anna", "lena", "paul"}) {
      WebSession staff = signedIn(username);
      assertThat(staff.get("/staff/tasks/" + jobKey).body()).as(username).contains("Rosa Receipt");
      assertThat(staff.get(attachmentPath()).status()).as(username).isEqualTo(200);
      assertThat(staff.get("/staff/customers/" + customerId).body()).as(username).contains("Rosa Receipt");
    }
  }

  private String attachmentPath() {
    return "/staff/requests/" + requestId + "/attachments/" + attachmentId;
  }

  private WebSession signedIn(String username) {
    WebSession session = new WebSession(port);
    session.signIn(username, "demo");
    return session;
  }
}
