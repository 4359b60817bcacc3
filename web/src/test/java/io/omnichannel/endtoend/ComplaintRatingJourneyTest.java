package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.api.ApiClient;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the complaint is answered and closed, the customer rates it by the link in her mail, with no
 * login: a good rating ends it, a poor one reopens it for the team lead; the link counts once and
 * expires. The ratings page shows them to team leads, not to agents.
 */
@EndToEndTest
class ComplaintRatingJourneyTest {

  static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern RATING_LINK = Pattern.compile("/rate/([A-Za-z0-9_-]{20,})");

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;

  @Test
  void aGoodRatingEndsIt_aPoorOneReopensItForTheTeamLead_andTheLinkCountsOnce() {
    Closed good = answeredAndClosed("Thank you, the new lamp works.");
    WebSession customer = new WebSession(port);
    assertThat(customer.get("/rate/" + good.token()).body()).contains("How satisfied are you").contains(good.reference());

    Page noValue = customer.postForm("/rate/" + good.token(), Map.of("comment", "no number"));
    assertThat(noValue.status()).isEqualTo(422);
    assertThat(noValue.body()).contains("Please choose from 1 (not at all) to 5 (very satisfied).");
    Page rated = customer.postForm("/rate/" + good.token(), Map.of("rating", "5", "comment", "Quick and friendly."));
    assertThat(rated.status()).isEqualTo(200);
    assertThat(rated.body()).contains("Thank you for your rating");
    Page twice = customer.postForm("/rate/" + good.token(), Map.of("rating", "1"));
    assertThat(twice.body()).contains("You have rated this complaint already").doesNotContain("rating-form");
    assertThat(status(good.reference())).isEqualTo("CLOSED");

    Closed poor = answeredAndClosed("It is still broken, nobody listens.");
    WebSession other = new WebSession(port);
    other.get("/rate/" + poor.token());
    other.postForm("/rate/" + poor.token(), Map.of("rating", "1", "comment", "Nobody called me back."));
    await().atMost(JOURNEY_TIMEOUT).until(() -> status(poor.reference()), "WAITING_FOR_STAFF"::equals);
    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    String reopenedTask =
        await().atMost(JOURNEY_TIMEOUT)
            .until(() -> taskLink(lena.get("/staff/tasks?view=mine").body(), poor.reference()), p -> p != null);
    assertThat(lena.get(reopenedTask).body()).contains("Review poor rating").contains("reopened");
    Page tooShort = lena.postForm(reopenedTask + "/complete", Map.of("reopenOutcome", "ok"));
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(lena.postForm(reopenedTask + "/complete",
        Map.of("reopenOutcome", "Called him: a new lamp goes out today, with a voucher.")).status()).isEqualTo(200);
    await().atMost(JOURNEY_TIMEOUT).until(() -> status(poor.reference()), "CLOSED"::equals);

    Page ratings = lena.get("/staff/complaints/ratings");
    assertThat(ratings.status()).isEqualTo(200);
    assertThat(ratings.body()).contains(good.reference()).contains("Quick and friendly.").contains("Nobody called me back.");
    assertThat(ratings.body()).contains("href=\"/staff/complaints/ratings\"");
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    assertThat(anna.get("/staff/tasks").body()).doesNotContain("Complaint ratings");
    assertThat(anna.get("/staff/complaints/ratings").status()).isEqualTo(403);
  }

  @Test
  void anExpiredOrUnknownLink_saysSo() {
    Closed closed = answeredAndClosed("The drawer is stuck.");
    WebSession customer = new WebSession(port);
    // the page was opened while the link was valid, then the link expired before she sent it
    assertThat(customer.get("/rate/" + closed.token()).body()).contains("rating-form");
    jdbc.sql("update complaint_ratings set expires_at = now() - interval '1 minute' where token = :t").param("t", closed.token()).update();
    assertThat(customer.postForm("/rate/" + closed.token(), Map.of("rating", "5")).body()).contains("This link has expired");

    Page expired = customer.get("/rate/" + closed.token());
    assertThat(expired.body()).contains("This link has expired").doesNotContain("rating-form");
    assertThat(jdbc.sql("select rated_at is null from complaint_ratings where token = :t").param("t", closed.token())
            .query(Boolean.class).single()).isTrue();
    Page unknown = customer.get("/rate/not-a-token-" + System.nanoTime());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("We could not find this link");
  }

  record Closed(String reference, String token) {}

  /** A complaint through the shop's API, answered by lena, closed: its rating link from the customer's mailbox. */
  Closed answeredAndClosed(String message) {
    String email = "rating+" + System.nanoTime() + "@example.com";
    var created = new ApiClient(port, "demo-shop-key").postJson("/api/v1/requests/complaint",
        ApiClient.json(Map.of("name", "Rita Rater", "email", email, "message", message)));
    String reference = created.json().path("reference").asText();
    WebSession lena = new WebSession(port);
    lena.signIn("lena", "demo");
    String task =
        await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(lena.get("/staff/tasks?view=complaints").body(), reference), p -> p != null);
    lena.postForm(task + "/complete", Map.of("decision", "ANSWER", "answerText", "We are sorry: a replacement is on its way to you today."));
    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    String token =
        await().atMost(JOURNEY_TIMEOUT).until(
            () -> inbox.messages().stream()
                .map(m -> RATING_LINK.matcher(m.text()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null),
            t -> t != null);
    assertThat(status(reference)).isEqualTo("CLOSED");
    return new Closed(reference, token);
  }

  private String status(String reference) {
    return jdbc.sql("select status from service_requests where reference = :r").param("r", reference).query(String.class).single();
  }

  static String taskLink(String taskList, String reference) {
    Matcher row = Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    return row.find() ? row.group(1) : null;
  }
}
