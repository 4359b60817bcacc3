package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.customers.Customer;
import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3: one customer, one timeline. Clara asks on the portal and through the shop's API; both
 * requests appear on her page in time order. A second record with her phone number but another
 * e-mail is suggested as a duplicate, and Lena (team lead) merges it. Her task shows her history.
 */
@EndToEndTest
class CustomerTimelineTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("(SR-\\d{4}-\\d{6})");

  @LocalServerPort int port;
  @Autowired CustomerDirectory customers;
  @Autowired JdbcClient jdbc;

  @Test
  void requestsFromTwoChannels_oneTimeline_duplicateMerged_historyOnTheTask() throws Exception {
    long unique = System.nanoTime();
    String email = "clara.vogt+" + unique + "@example.com";
    String phone = "089 555 " + (unique % 100000);
    Customer clara = customers.register(null, "Clara Vogt", email, phone, Instant.now());

    WebSession portal = new WebSession(port);
    portal.get("/requests/manual/new");
    Page status =
        portal.postMultipart(
            "/requests/manual",
            Map.of("name", "Clara Vogt", "email", email, "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt.png", "image/png", TestImages.png()));
    assertThat(status.status()).isEqualTo(200);
    String portalReference = firstReference(status.body());

    HttpResponse<String> api =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests/manual"))
                    .header("X-API-Key", "demo-shop-key")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "clara-" + unique)
                    .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Clara Vogt\",\"email\":\"" + email.toUpperCase() + "\",\"typeNumber\":\"DG-220\",\"channel\":\"online-shop\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(201);
    String apiReference = firstReference(api.body());

    Customer duplicate =
        customers.register(null, "C. Vogt", "clara.private+" + unique + "@example.com", "+49 (0)89 555 " + (unique % 100000), Instant.now());

    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    String customerPage = "/staff/customers/" + clara.getId();
    // lena reads Clara through her team's work: once the review tasks of Clara's requests are in its queue
    Page profile = await().atMost(JOURNEY_TIMEOUT).until(() -> lena.get(customerPage), page -> page.status() == 200);
    String body = profile.body();
    assertThat(body).contains("Clara Vogt").contains(email);
    assertThat(body.indexOf("data-reference=\"" + portalReference + "\"")).isPositive()
        .isLessThan(body.indexOf("data-reference=\"" + apiReference + "\""));
    assertThat(body).contains("data-customer=\"" + duplicate.getId() + "\"").contains("same phone number").contains("name=\"_csrf\"");

    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    assertThat(anna.get(customerPage).body()).contains("same phone number").doesNotContain("/merge");
    assertThat(anna.postForm(customerPage + "/merge", Map.of("duplicate", duplicate.getId().toString(), "confirmed", "true")).status())
        .as("agents do not merge customers").isEqualTo(403);

    Page unconfirmed = lena.postForm(customerPage + "/merge", Map.of("duplicate", duplicate.getId().toString()));
    assertThat(unconfirmed.body()).contains("Please tick the box to confirm the merge.");

    Page merged = lena.postForm(customerPage + "/merge", Map.of("duplicate", duplicate.getId().toString(), "confirmed", "true"));
    assertThat(merged.status()).isEqualTo(200);
    assertThat(merged.body()).contains("Merged.").doesNotContain("data-customer=\"" + duplicate.getId() + "\"")
        .contains("Merged customer C. Vogt");
    assertThat(lena.get("/staff/customers/" + duplicate.getId()).uri().getPath()).isEqualTo(customerPage);
    assertThat(jdbc.sql("SELECT merged_into FROM customers WHERE id = :id").param("id", duplicate.getId())
            .query(java.util.UUID.class).single())
        .isEqualTo(clara.getId());

    String taskPath =
        await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(lena.get("/staff/tasks").body(), portalReference), p -> p != null);
    Page task = lena.get(taskPath);
    assertThat(task.body()).contains("Customer history").contains("href=\"" + customerPage + "\"").contains(apiReference);
  }

  private static String firstReference(String body) {
    Matcher reference = REFERENCE.matcher(body);
    assertThat(reference.find()).as("a reference in " + body).isTrue();
    return reference.group(1);
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row = Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    return row.find() ? row.group(1) : null;
  }
}
